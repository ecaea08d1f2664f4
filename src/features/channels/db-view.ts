import "server-only";
import { getDb } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { CHANNEL_NOT_FOUND, selectChannelAccess } from "./db-access";
import { selectClassChannels, selectMentionableMembers, type ChannelSummary } from "./db-channels";
import { selectChannelPageWith, selectDatabaseCursor, selectPinnedMessagesWith, selectThread, type ChannelPage, type ThreadPage } from "./db-read";
import { markChannelReadWith, selectUnreadCounts, type UnreadCounts } from "./db-unread";
import { newestMessageId } from "./lib/channel-state";
import type { MessageDto } from "./lib/message-dto";
import type { Mentionable } from "./lib/mentions";
import type { ChannelFacts } from "./permissions";

export type ChannelView = {
  class: { id: string; name: string; archived: boolean };
  channel: ChannelSummary;
  facts: ChannelFacts;
  viewer: { id: string; isTeacher: boolean };
  channels: ChannelSummary[];
  page: ChannelPage;
  pinned: MessageDto[];
  thread: ThreadPage | null;
  members: Mentionable[];
  /** The database's clock before anything was read: where polling starts. */
  cursor: string;
  unread: UnreadCounts;
};

async function threadIn(user: User, channelId: string, threadId: number | undefined): Promise<ThreadPage | null> {
  if (threadId === undefined) return null;
  try {
    const thread = await selectThread(user, threadId);
    return thread.root.channelId === channelId ? thread : null;
  } catch (error) {
    // A stale or foreign ?thread= in the URL just shows the channel.
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

/** Everything the channel page shows; opening it marks the channel read up to the newest message shown. */
export async function selectChannelView(user: User, classId: string, channelId: string, options: { threadId?: number } = {}): Promise<ChannelView> {
  const db = await getDb();
  const access = await selectChannelAccess(db, user, channelId);
  if (access.channel.classId !== classId) throw new AppError("NOT_FOUND", CHANNEL_NOT_FOUND);
  const cursor = await selectDatabaseCursor(db);
  const [page, pinned, listed, members, thread] = await Promise.all([
    selectChannelPageWith(db, access, {}),
    selectPinnedMessagesWith(db, access),
    selectClassChannels(user, classId),
    selectMentionableMembers(user, classId),
    threadIn(user, access.channel.id, options.threadId),
  ]);
  const newest = newestMessageId(page.messages);
  if (newest > 0) await markChannelReadWith(db, user, access.channel.id, newest);
  const unread = await selectUnreadCounts(user);
  const channel = listed.channels.find((summary) => summary.id === access.channel.id)!;
  return {
    class: { id: listed.class.id, name: listed.class.name, archived: listed.class.archived },
    channel,
    facts: access.facts,
    viewer: access.viewer,
    channels: listed.channels,
    page,
    pinned,
    thread,
    members,
    cursor,
    unread,
  };
}
