import "server-only";
import { and, eq, exists, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import { ChannelMessageTable, ChannelReadTable, ChannelTable, ClassMemberTable, ClassTable, type User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { selectChannelAccess } from "./db-access";
import type { UnreadCounts } from "./lib/types";
import { UNREAD_SHOWN_CAP } from "./lib/unread-cap";

/**
 * Read state and unread counts. Unread = top-level messages after the member's read marker that
 * someone else wrote, counted over a `limit 100` subquery: an index-only range scan of the
 * partial index channel_messages_channel_top_idx (channel_id, id desc, author_id) that stops at
 * 100 however far behind the reader is; the UI shows "99+".
 */
type Db = Database | Transaction;
const M = ChannelMessageTable;
export const UNREAD_CAP = UNREAD_SHOWN_CAP;
export type { UnreadCounts };

// The order changes no count (the newest 100 unread, or all of them), but only the partial index
// returns `id desc nulls last` (its own order), so the planner never walks the primary key from
// the reader's marker across every other channel's messages.
function cappedUnread(channelId: SQL | typeof ChannelTable.id, lastRead: SQL, userId: string): SQL<number> {
  return sql<number>`(select count(*)::int from (select 1 from ${M} where ${M.channelId} = ${channelId} and ${M.parentId} is null and ${M.id} > ${lastRead} and ${M.authorId} <> ${userId} order by ${M.id} desc nulls last limit ${UNREAD_CAP}) as unread)`;
}

/** Unread messages in one channel (at most 100); NOT_FOUND outside its class. */
export async function countUnread(user: User, channelId: string): Promise<number> {
  const db = await getDb();
  const access = await selectChannelAccess(db, user, channelId);
  const [row] = await selectRows<{ unread: number }>(db, unreadCountQuery(access.channel.id, user.id));
  return Number(row!.unread);
}

/** One channel's capped unread count for one reader, as a statement (the tests EXPLAIN it). */
export function unreadCountQuery(channelId: string, userId: string): SQL {
  const lastRead = sql`coalesce((select ${ChannelReadTable.lastReadMessageId} from ${ChannelReadTable} where ${ChannelReadTable.channelId} = ${channelId} and ${ChannelReadTable.userId} = ${userId}), 0)`;
  return sql`select ${cappedUnread(sql`${channelId}::uuid`, lastRead, userId)} as unread`;
}

/**
 * Unread counts for every channel of the caller's active classes (member or the class's own
 * teacher; an admin's reach over all classes does not count here), each capped at 100. The
 * navigation badge shows `total`.
 */
export async function selectUnreadCounts(user: User): Promise<UnreadCounts> {
  const db = await getDb();
  const member = exists(db.select({ one: sql`1` }).from(ClassMemberTable).where(and(eq(ClassMemberTable.classId, ClassTable.id), eq(ClassMemberTable.userId, user.id))));
  const rows = await db
    .select({ channelId: ChannelTable.id, unread: cappedUnread(ChannelTable.id, sql`coalesce(${ChannelReadTable.lastReadMessageId}, 0)`, user.id).mapWith(Number) })
    .from(ChannelTable)
    .innerJoin(ClassTable, eq(ClassTable.id, ChannelTable.classId))
    .leftJoin(ChannelReadTable, and(eq(ChannelReadTable.channelId, ChannelTable.id), eq(ChannelReadTable.userId, user.id)))
    .where(and(isNull(ClassTable.archivedAt), isNull(ChannelTable.archivedAt), or(eq(ClassTable.teacherId, user.id), member)));
  const byChannel: Record<string, number> = {};
  let total = 0;
  for (const row of rows) {
    byChannel[row.channelId] = row.unread;
    total += row.unread;
  }
  return { total, byChannel };
}

/**
 * Moves the caller's read marker in a channel up to a message of that channel; it never moves
 * backwards (greatest()), so an old tab cannot un-read what a newer one read.
 */
export async function markChannelRead(user: User, channelId: string, lastMessageId: number): Promise<{ lastReadMessageId: number }> {
  const db = await getDb();
  const access = await selectChannelAccess(db, user, channelId);
  return markChannelReadWith(db, user, access.channel.id, lastMessageId);
}

export async function markChannelReadWith(db: Db, user: User, channelId: string, lastMessageId: number): Promise<{ lastReadMessageId: number }> {
  if (!Number.isSafeInteger(lastMessageId) || lastMessageId < 1) throw new AppError("BAD_REQUEST", "That message is not in this channel.");
  const [row] = await selectRows<{ last_read_message_id: number | string }>(
    db,
    sql`insert into ${ChannelReadTable} (channel_id, user_id, last_read_message_id)
        select ${M.channelId}, ${user.id}, ${M.id} from ${M} where ${M.id} = ${lastMessageId} and ${M.channelId} = ${channelId}
        on conflict (channel_id, user_id) do update
          set last_read_message_id = greatest(${ChannelReadTable.lastReadMessageId}, excluded.last_read_message_id), updated_at = now()
        returning last_read_message_id`,
  );
  if (!row) throw new AppError("BAD_REQUEST", "That message is not in this channel.");
  return { lastReadMessageId: Number(row.last_read_message_id) };
}
