// GET /api/cron/due-reminders — Vercel Cron: reminds learners of tests due within a day (Bearer CRON_SECRET).
import { NextResponse } from "next/server";
import { env } from "@/data/env/server";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { routeHandler } from "@/lib/route";
import { bearerMatches } from "@/lib/bearer";
import { insertDueSoonReminders } from "@/features/notifications/db-due";

export const dynamic = "force-dynamic";

export const GET = routeHandler(async (request) => {
  const secret = env.CRON_SECRET;
  if (!secret) throw new AppError("UNAVAILABLE", "Scheduled jobs are off: set CRON_SECRET to enable them.");
  if (!bearerMatches(request.headers.get("authorization"), secret)) throw new AppError("UNAUTHENTICATED", "A valid cron secret is required.");
  const started = Date.now();
  // Each reminder has a dedupe key, so an hourly run (or a retried one) reminds each learner once.
  const reminded = await insertDueSoonReminders(new Date());
  logger.info({ reminded, ms: Date.now() - started }, "sent due-soon reminders");
  return NextResponse.json({ reminded }, { headers: { "cache-control": "no-store" } });
});
