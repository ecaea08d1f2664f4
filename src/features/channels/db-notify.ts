import "server-only";
import { and, asc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Database, Transaction } from "@/drizzle/db";
import { ChannelMessageTable, ClassMemberTable, ClassTable, UserTable, type User } from "@/drizzle/schema";
import { insertNotifications, type NotificationInput } from "@/features/notifications/db-insert";
import { excerpt, messagePath } from "./lib/links";
import { parseMentionNames, resolveMentions, type Mentionable } from "./lib/mentions";

/**
 * The notifications a message causes, written in the message's own transaction: mentions of
 * class members, and a reply for the thread's author and earlier repliers (never the replier,
 * and a mentioned person gets the mention only).
 */
const M = ChannelMessageTable;

/** The people of a class: its members and its own teacher (deleted accounts left out). */
export async function selectClassPeople(tx: Database | Transaction, classId: string): Promise<Mentionable[]> {
  // Starts from the class (its members by primary key, plus its teacher) and looks each person up by id.
  const people = sql`(select ${ClassMemberTable.userId} as user_id from ${ClassMemberTable} where ${ClassMemberTable.classId} = ${classId}
                      union select ${ClassTable.teacherId} from ${ClassTable} where ${ClassTable.id} = ${classId}) as people`;
  const rows = await tx
    .select({ id: UserTable.id, name: UserTable.name })
    .from(people)
    .innerJoin(UserTable, sql`${UserTable.id} = people.user_id`)
    .where(isNull(UserTable.deletedAt))
    .orderBy(asc(UserTable.name), asc(UserTable.id));
  return rows;
}

async function selectThreadParticipants(tx: Transaction, rootId: number, beforeId: number): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ authorId: M.authorId })
    .from(M)
    .where(and(or(eq(M.id, rootId), eq(M.parentId, rootId)), lt(M.id, beforeId)));
  return rows.map((row) => row.authorId);
}

export type MessageEvent = {
  classId: string;
  channel: { id: string; name: string };
  author: Pick<User, "id" | "name">;
  message: { id: number; parentId: number | null; body: string };
  /** On an edit: mentions already in the old text were notified then. */
  previousBody?: string;
};

export async function notifyMessage(tx: Transaction, event: MessageEvent): Promise<number> {
  const { message, author, channel } = event;
  const before = new Set(event.previousBody ? parseMentionNames(event.previousBody).map((name) => name.toLowerCase()) : []);
  const fresh = parseMentionNames(message.body).filter((name) => !before.has(name.toLowerCase()));
  const isReply = message.parentId !== null && event.previousBody === undefined;
  if (fresh.length === 0 && !isReply) return 0;

  const people = await selectClassPeople(tx, event.classId);
  const mentioned = resolveMentions(fresh.map((name) => `@[${name}]`).join(" "), people, author.id);
  const link = messagePath(event.classId, channel.id, message);
  const text = excerpt(message.body);
  const notifications: NotificationInput[] = mentioned.map((userId) => ({
    userId,
    kind: "mention",
    title: `${author.name} mentioned you in #${channel.name}`,
    body: text,
    link,
    dedupeKey: `channel-mention:${message.id}`,
  }));
  if (isReply) {
    const inClass = new Set(people.map((person) => person.id));
    const skip = new Set([author.id, ...mentioned]);
    for (const userId of await selectThreadParticipants(tx, message.parentId!, message.id)) {
      if (skip.has(userId) || !inClass.has(userId)) continue;
      notifications.push({ userId, kind: "reply", title: `${author.name} replied in a thread in #${channel.name}`, body: text, link, dedupeKey: `channel-reply:${message.id}` });
    }
  }
  return insertNotifications(tx, notifications);
}

export async function notifyHomeworkGraded(
  tx: Transaction,
  event: { classId: string; channel: { id: string; name: string }; learnerId: string; message: { id: number; parentId: number | null }; grade: string; feedback: string },
): Promise<number> {
  return insertNotifications(tx, [
    {
      userId: event.learnerId,
      kind: "homework_graded",
      title: `Your homework in #${event.channel.name} was graded: ${event.grade}`,
      body: event.feedback ? excerpt(event.feedback, 400) : "",
      link: messagePath(event.classId, event.channel.id, event.message),
    },
  ]);
}
