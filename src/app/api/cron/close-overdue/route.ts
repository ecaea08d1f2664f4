// GET /api/cron/close-overdue — Vercel Cron: closes attempts whose deadline has passed (Bearer CRON_SECRET).
import { after, NextResponse } from "next/server";
import { env } from "@/data/env/server";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { routeHandler } from "@/lib/route";
import { bearerMatches } from "@/lib/bearer";
import { closeOverdueAttemptsNow } from "@/features/attempts/db-cron";
import { aiGradeAttemptInBackground } from "@/features/ai-grading/grade";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async (request) => {
  const secret = env.CRON_SECRET;
  if (!secret) throw new AppError("UNAVAILABLE", "Scheduled jobs are off: set CRON_SECRET to enable them.");
  if (!bearerMatches(request.headers.get("authorization"), secret)) throw new AppError("UNAUTHENTICATED", "A valid cron secret is required.");
  const started = Date.now();
  const closedIds = await closeOverdueAttemptsNow();
  const closed = closedIds.length;
  logger.info({ closed, ms: Date.now() - started }, "closed overdue attempts");
  // Essays of attempts the deadline closed get their AI grades after the response.
  if (closed > 0) after(async () => {
    for (const attemptId of closedIds) await aiGradeAttemptInBackground(attemptId);
  });
  return NextResponse.json({ closed }, { headers: { "cache-control": "no-store" } });
});
