// GET /api/channels/[channelId]/updates?since=<ISO timestamp> — what changed in a channel since the cursor, and the caller's unread counts.
import { NextResponse } from "next/server";
import { selectChannelUpdates } from "@/features/channels/db-read";
import { selectUnreadCounts } from "@/features/channels/db-unread";
import { updatesQuerySchema } from "@/features/channels/schemas";
import { enforceRateLimit } from "@/lib/rate-limit";
import { routeHandler } from "@/lib/route";
import { createRateLimiter } from "@/services/redis/rate-limit";
import { requireUser } from "@/services/auth/current-user";

export const dynamic = "force-dynamic";

// Near-real-time by polling, not a stream: on Vercel a function has a maximum duration and is
// billed while it is open, so server-sent events would hold one function per open tab all day.
// A poll every few seconds is one short indexed query (channel_id, updated_at) that ends at once.
// One open tab polls 20 times a minute; 120 leaves room for several tabs and catch-up polls and
// stops a runaway loop. Fails open: polling only reads what the caller may already see.
const pollLimiter = createRateLimiter({ prefix: "channel-poll", limit: 120, windowSeconds: 60, failMode: "open" });

export const GET = routeHandler<{ params: Promise<{ channelId: string }> }>(async (request, { params }) => {
  const { channelId } = await params;
  const user = await requireUser();
  await enforceRateLimit(pollLimiter, `user:${user.id}`);
  const { since } = updatesQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { cursor, messages } = await selectChannelUpdates(user, channelId, since);
  const unread = await selectUnreadCounts(user);
  return NextResponse.json({ cursor, messages, unread }, { headers: { "cache-control": "private, no-store" } });
});
