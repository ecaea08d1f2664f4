import "server-only";
import { and, eq, exists, sql, type SQL } from "drizzle-orm";
import type { Database, Transaction } from "@/drizzle/db";
import { ChannelMessageTable, ChannelTable, ClassMemberTable, ClassTable, UserTable, type Channel, type ChannelMessage, type User } from "@/drizzle/schema";
import { classTaughtBy } from "@/features/classes/db";
import { AppError } from "@/lib/errors";
import type { MessageRow, MessageViewer } from "./lib/message-dto";
import type { ChannelFacts, Denial } from "./permissions";

/**
 * Who can see a class's channels: its members (either role) and those who teach it (admins
 * included). Anyone else gets NOT_FOUND, the same answer as for a channel that does not exist.
 */
type Db = Database | Transaction;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const CHANNEL_NOT_FOUND = "That channel does not exist or you are not in its class.";
export const MESSAGE_NOT_FOUND = "That message does not exist or you are not in its class.";

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Over ClassTable: the viewer is a member of the class or teaches it. */
export function classReadableBy(db: Db, viewer: Pick<User, "id" | "role">): SQL {
  const member = exists(db.select({ one: sql`1` }).from(ClassMemberTable).where(and(eq(ClassMemberTable.classId, ClassTable.id), eq(ClassMemberTable.userId, viewer.id))));
  return sql`(${member} or ${classTaughtBy(db, viewer)})`;
}

/**
 * Over ClassTable: the author of a message (by column) teaches the class. A scalar subquery, one
 * primary-key lookup per message: PostgreSQL turned the EXISTS form into a hashed subplan that read
 * every teacher membership of every class on each page and poll.
 */
export function authorTeaches(authorId: SQL | typeof ChannelMessageTable.authorId): SQL<boolean> {
  return sql<boolean>`(${authorId} = ${ClassTable.teacherId} or coalesce((select ${ClassMemberTable.role} = 'teacher' from ${ClassMemberTable} where ${ClassMemberTable.classId} = ${ClassTable.id} and ${ClassMemberTable.userId} = ${authorId}), false))`;
}

/** Over ChannelMessageTable (in an UPDATE's WHERE): the message's class is readable by, or taught by, the viewer. */
export function messageInClassOf(db: Db, viewer: Pick<User, "id" | "role">, rule: "member" | "teacher"): SQL {
  const allowed = rule === "teacher" ? classTaughtBy(db, viewer) : classReadableBy(db, viewer);
  return exists(
    db
      .select({ one: sql`1` })
      .from(ChannelTable)
      .innerJoin(ClassTable, eq(ClassTable.id, ChannelTable.classId))
      .where(and(eq(ChannelTable.id, ChannelMessageTable.channelId), allowed)),
  );
}

export type ChannelAccess = {
  channel: Channel;
  className: string;
  isTeacher: boolean;
  facts: ChannelFacts;
  viewer: MessageViewer;
};

function accessOf(row: { channel: Channel; className: string; classArchivedAt: Date | null; isTeacher: boolean }, user: User): ChannelAccess {
  const readOnly = row.classArchivedAt ? "class" : row.channel.archivedAt ? "channel" : false;
  return {
    channel: row.channel,
    className: row.className,
    isTeacher: row.isTeacher,
    facts: { name: row.channel.name, posting: row.channel.posting, readOnly },
    viewer: { id: user.id, isTeacher: row.isTeacher },
  };
}

function accessColumns(db: Db, user: User) {
  return {
    channel: ChannelTable,
    className: ClassTable.name,
    classArchivedAt: ClassTable.archivedAt,
    isTeacher: sql<boolean>`${classTaughtBy(db, user)}`.mapWith(Boolean),
  };
}

/** The channel with the caller's standing in its class, or NOT_FOUND. */
export async function selectChannelAccess(db: Db, user: User, channelId: string): Promise<ChannelAccess> {
  if (!isUuid(channelId)) throw new AppError("NOT_FOUND", CHANNEL_NOT_FOUND);
  const [row] = await db
    .select(accessColumns(db, user))
    .from(ChannelTable)
    .innerJoin(ClassTable, eq(ClassTable.id, ChannelTable.classId))
    .where(and(eq(ChannelTable.id, channelId), classReadableBy(db, user)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", CHANNEL_NOT_FOUND);
  return accessOf(row, user);
}

/** A message with its channel and the caller's standing, or NOT_FOUND. */
export async function selectMessageAccess(db: Db, user: User, messageId: number): Promise<{ message: ChannelMessage; access: ChannelAccess }> {
  if (!Number.isSafeInteger(messageId) || messageId < 1) throw new AppError("NOT_FOUND", MESSAGE_NOT_FOUND);
  const [row] = await db
    .select({ message: ChannelMessageTable, ...accessColumns(db, user) })
    .from(ChannelMessageTable)
    .innerJoin(ChannelTable, eq(ChannelTable.id, ChannelMessageTable.channelId))
    .innerJoin(ClassTable, eq(ClassTable.id, ChannelTable.classId))
    .where(and(eq(ChannelMessageTable.id, messageId), classReadableBy(db, user)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", MESSAGE_NOT_FOUND);
  return { message: row.message, access: accessOf(row, user) };
}

export function throwIfDenied(denial: Denial | null): void {
  if (denial) throw new AppError(denial.code, denial.message);
}

export function factsOfRow(message: ChannelMessage) {
  return { authorId: message.authorId, parentId: message.parentId, deleted: message.deletedAt !== null, hidden: message.hiddenAt !== null, homework: message.homeworkAt !== null };
}

/** The columns a message DTO is built from; the query must join UserTable (author), ChannelTable and ClassTable. */
export const messageColumns = {
  id: ChannelMessageTable.id,
  channelId: ChannelMessageTable.channelId,
  parentId: ChannelMessageTable.parentId,
  authorId: ChannelMessageTable.authorId,
  authorName: UserTable.name,
  authorIsTeacher: authorTeaches(ChannelMessageTable.authorId).mapWith(Boolean),
  body: ChannelMessageTable.body,
  replyCount: ChannelMessageTable.replyCount,
  lastReplyAt: ChannelMessageTable.lastReplyAt,
  createdAt: ChannelMessageTable.createdAt,
  updatedAt: ChannelMessageTable.updatedAt,
  editedAt: ChannelMessageTable.editedAt,
  deletedAt: ChannelMessageTable.deletedAt,
  hiddenAt: ChannelMessageTable.hiddenAt,
  pinnedAt: ChannelMessageTable.pinnedAt,
  homeworkAt: ChannelMessageTable.homeworkAt,
  homeworkGrade: ChannelMessageTable.homeworkGrade,
  homeworkFeedback: ChannelMessageTable.homeworkFeedback,
  homeworkGradedAt: ChannelMessageTable.homeworkGradedAt,
};

/** Messages with their author and class, ready for a WHERE. */
export function selectMessageRows(db: Db) {
  return db
    .select(messageColumns)
    .from(ChannelMessageTable)
    .innerJoin(UserTable, eq(UserTable.id, ChannelMessageTable.authorId))
    .innerJoin(ChannelTable, eq(ChannelTable.id, ChannelMessageTable.channelId))
    .innerJoin(ClassTable, eq(ClassTable.id, ChannelTable.classId))
    .$dynamic();
}

export type { MessageRow };
