// GET /api/me/unread — the header's badge counts for the signed-in user: { notifications, channelMessages }.
import { NextResponse } from "next/server";
import { enforceRateLimit, rateLimitIdentity } from "@/lib/rate-limit";
import { routeHandler } from "@/lib/route";
import { requireUser } from "@/services/auth/current-user";
import { createRateLimiter } from "@/services/redis/rate-limit";
import { selectUnreadTotals } from "@/features/notifications/unread-totals";

export const dynamic = "force-dynamic";

// Each open tab polls every 15 s (4 a minute) plus a refresh after each read; a cheap read, so the limiter fails open.
const unreadLimiter = createRateLimiter({ prefix: "me-unread", limit: 60, windowSeconds: 60, failMode: "open" });

export const GET = routeHandler(async (request) => {
  const user = await requireUser();
  await enforceRateLimit(unreadLimiter, rateLimitIdentity(user, request.headers));
  return NextResponse.json(await selectUnreadTotals(user), { headers: { "cache-control": "private, no-store" } });
});
