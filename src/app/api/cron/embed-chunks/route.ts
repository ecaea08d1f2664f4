// GET /api/cron/embed-chunks — Vercel Cron: embeds lesson chunks that have no embedding yet (Bearer CRON_SECRET).
import { NextResponse } from "next/server";
import { env } from "@/data/env/server";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { routeHandler } from "@/lib/route";
import { bearerMatches } from "@/lib/bearer";
import { SYSTEM_AI_CALLER } from "@/features/ai/run-ai";
import { embedPendingChunks } from "@/features/search/embed";
import { isEmbeddingConfigured } from "@/services/openai/config";

export const dynamic = "force-dynamic";
export const maxDuration = 300;

export const GET = routeHandler(async (request) => {
  const secret = env.CRON_SECRET;
  if (!secret) throw new AppError("UNAVAILABLE", "Scheduled jobs are off: set CRON_SECRET to enable them.");
  if (!bearerMatches(request.headers.get("authorization"), secret)) throw new AppError("UNAUTHENTICATED", "A valid cron secret is required.");
  if (!isEmbeddingConfigured()) return NextResponse.json({ embedded: 0, reason: "no embedding model is configured" }, { headers: { "cache-control": "no-store" } });
  const started = Date.now();
  // Lessons saved since the last run are embedded right after their save; this catches the rest (older lessons, failed runs).
  const { embedded } = await embedPendingChunks(SYSTEM_AI_CALLER, { maxBatches: 10 });
  logger.info({ embedded, ms: Date.now() - started }, "embedded lesson chunks");
  return NextResponse.json({ embedded }, { headers: { "cache-control": "no-store" } });
});
