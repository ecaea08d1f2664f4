import "server-only";
import type { User } from "@/drizzle/schema";
import { logger } from "@/lib/logger";
import { selectUnreadCounts } from "@/features/channels/db-unread";
import { countUnreadNotifications } from "./db";
import type { UnreadCounts } from "./lib/unread";
import { unreadCountsSchema } from "./schemas";

/**
 * What the header's badges show: unread notifications (capped) and unread channel messages.
 * The channel total comes from the channels feature and is checked on its way through.
 */
export async function selectUnreadTotals(user: User): Promise<UnreadCounts> {
  const [notifications, channels] = await Promise.all([countUnreadNotifications(user), selectUnreadCounts(user)]);
  return unreadCountsSchema.parse({ notifications, channelMessages: channels.total });
}

/** For the app shell: a failure shows no badges (logged) instead of taking the layout down. */
export async function selectUnreadTotalsForShell(user: User | null): Promise<UnreadCounts | null> {
  if (!user) return null;
  try {
    return await selectUnreadTotals(user);
  } catch (error) {
    logger.error({ err: error, userId: user.id }, "could not load the unread counts for the app shell");
    return null;
  }
}
