import "server-only";
import { and, asc, desc, eq, gt, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import { ChannelMessageTable, type User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { selectChannelAccess, selectMessageAccess, selectMessageRows, type ChannelAccess } from "./db-access";
import { toMessageDto, type MessageDto, type MessageViewer } from "./lib/message-dto";
import type { ChannelPage, ThreadPage } from "./lib/types";
import { PAGE_MAX, PAGE_SIZE } from "./schemas";

/**
 * Reading channels. History pages by keyset on the message id, never by OFFSET: the latest page
 * is `where channel_id = $1 and parent_id is null [and id < $before] order by id desc limit n`,
 * a range scan of the partial index channel_messages_channel_top_idx however deep the history.
 */
type Db = Database | Transaction;
const M = ChannelMessageTable;

export type PageOptions = { before?: number; limit?: number };
export type { ChannelPage, ThreadPage };

const pageLimit = (limit: number | undefined, fallback: number) => Math.min(Math.max(Math.trunc(limit ?? fallback), 1), PAGE_MAX);

/**
 * One page of a channel's top-level messages, newest first (the index's order); the next older
 * page is `{ before: messages.at(-1).id }`. `hasOlder` says whether one exists.
 */
export async function selectChannelPage(user: User, channelId: string, options: PageOptions = {}): Promise<ChannelPage> {
  const db = await getDb();
  return selectChannelPageWith(db, await selectChannelAccess(db, user, channelId), options);
}

/**
 * The page's query. `desc nulls last` spells the index's own order (drizzle wrote the index as
 * `id DESC NULLS LAST`): plain `desc` means NULLS FIRST, which that index cannot return, and the
 * planner would walk the primary key instead. One extra row says whether an older page exists.
 */
export function channelPageQuery(db: Db, channelId: string, { before, size }: { before?: number; size: number }) {
  return selectMessageRows(db)
    .where(and(eq(M.channelId, channelId), isNull(M.parentId), before === undefined ? undefined : lt(M.id, before)))
    .orderBy(sql`${M.id} desc nulls last`)
    .limit(size + 1);
}

export async function selectChannelPageWith(db: Db, access: ChannelAccess, { before, limit }: PageOptions): Promise<ChannelPage> {
  const size = pageLimit(limit, PAGE_SIZE);
  const rows = await channelPageQuery(db, access.channel.id, { before, size });
  const page = rows.slice(0, size);
  return { messages: page.map((row) => toMessageDto(row, access.viewer)), hasOlder: rows.length > size };
}

/** A thread: its first message and its replies, oldest first; `after` (a reply id) pages on. */
export async function selectThread(user: User, messageId: number, options: { after?: number; limit?: number } = {}): Promise<ThreadPage> {
  const db = await getDb();
  const { message, access } = await selectMessageAccess(db, user, messageId);
  const rootId = message.parentId ?? message.id;
  const size = pageLimit(options.limit, PAGE_MAX);
  const [root] = await selectMessageRows(db).where(eq(M.id, rootId)).limit(1);
  if (!root) throw new AppError("NOT_FOUND", "That thread does not exist.");
  const rows = await selectMessageRows(db)
    .where(and(eq(M.parentId, rootId), options.after === undefined ? undefined : gt(M.id, options.after)))
    .orderBy(asc(M.id))
    .limit(size + 1);
  return {
    root: toMessageDto(root, access.viewer),
    replies: rows.slice(0, size).map((row) => toMessageDto(row, access.viewer)),
    hasMore: rows.length > size,
  };
}

/** The channel's pinned messages, newest pin first. */
export async function selectPinnedMessagesWith(db: Db, access: ChannelAccess, limit = 20): Promise<MessageDto[]> {
  const rows = await selectMessageRows(db)
    .where(and(eq(M.channelId, access.channel.id), isNull(M.parentId), isNotNull(M.pinnedAt), isNull(M.deletedAt)))
    .orderBy(desc(M.pinnedAt))
    .limit(limit);
  return rows.map((row) => toMessageDto(row, access.viewer));
}

export async function selectMessageDto(db: Db, messageId: number, viewer: MessageViewer): Promise<MessageDto> {
  const [row] = await selectMessageRows(db).where(eq(M.id, messageId)).limit(1);
  if (!row) throw new AppError("NOT_FOUND", "That message does not exist.");
  return toMessageDto(row, viewer);
}

/** The database's clock, as the polling cursor (never the browser's or the server's clock). */
export async function selectDatabaseCursor(db: Db): Promise<string> {
  const [row] = await selectRows<{ cursor: string }>(db, sql`select to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor`);
  return row!.cursor;
}

/** Changes are read with this much overlap, so a transaction that committed after the last poll began is not missed. */
export const UPDATE_OVERLAP_SECONDS = 5;
export const UPDATE_LIMIT = 200;

/**
 * Every message of the channel (top-level and replies) changed since the cursor: new, edited,
 * deleted, hidden, pinned, replied to, graded. The next cursor is the database's now() taken
 * before the read; the client merges by id, so the overlap's repeats are harmless.
 */
export async function selectChannelUpdates(user: User, channelId: string, since: string): Promise<{ cursor: string; messages: MessageDto[] }> {
  const db = await getDb();
  const access = await selectChannelAccess(db, user, channelId);
  const cursor = await selectDatabaseCursor(db);
  const rows = await selectMessageRows(db)
    .where(and(eq(M.channelId, access.channel.id), sql`${M.updatedAt} > ${since}::timestamptz - make_interval(secs => ${UPDATE_OVERLAP_SECONDS})`))
    .orderBy(asc(M.updatedAt), asc(M.id))
    .limit(UPDATE_LIMIT);
  const messages = rows.map((row) => toMessageDto(row, access.viewer));
  // More changes than one answer holds: continue from the last one returned (this cursor minus the overlap is exactly it).
  const last = rows.at(-1);
  const next = rows.length === UPDATE_LIMIT && last ? new Date(last.updatedAt.getTime() + UPDATE_OVERLAP_SECONDS * 1000).toISOString() : cursor;
  return { cursor: next, messages };
}
