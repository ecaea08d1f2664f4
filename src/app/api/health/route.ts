// GET /api/health — readiness: database round trip, cache ping, configuration summary.
import { NextResponse } from "next/server";
import { checkDatabaseHealth } from "@/features/ops/db";
import { isAiConfigured } from "@/services/openai/config";
import { isClerkEnabled } from "@/services/auth/config";
import { getCache } from "@/services/redis/cache";
import { errorMessageWithCauses } from "@/lib/error-message";
import { withTimeout } from "@/lib/timeout";
import { APP_VERSION, deployedCommit } from "@/lib/version";
import { logger } from "@/lib/logger";

export const dynamic = "force-dynamic";

async function checkCache() {
  try {
    return await withTimeout(getCache().ping(), 2_000, "cache ping");
  } catch (error) {
    return { ok: false, latencyMs: null, error: errorMessageWithCauses(error) };
  }
}

export async function GET() {
  const [database, cache] = await Promise.all([checkDatabaseHealth(), checkCache()]);
  // The cache is an accelerator: the app still serves without it, so only the database decides readiness.
  const ready = database.ok;
  if (!ready) logger.error({ database }, "readiness check failed: database unreachable");
  else if (!cache.ok) logger.warn({ cache }, "readiness check: cache unreachable");
  return NextResponse.json(
    {
      status: ready ? (cache.ok ? "ok" : "degraded") : "unavailable",
      version: APP_VERSION,
      commit: deployedCommit(),
      checks: { database, cache },
      config: { auth: isClerkEnabled() ? "clerk" : "development", ai: isAiConfigured() ? "configured" : "off" },
    },
    { status: ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
