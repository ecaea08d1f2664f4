import "server-only";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { ChannelMessageTable, type ChannelMessage, type User } from "@/drizzle/schema";
import { factsOfRow, messageInClassOf, selectChannelAccess, selectMessageAccess, throwIfDenied, type ChannelAccess } from "./db-access";
import { notifyMessage } from "./db-notify";
import { changedMeanwhile, inTransaction, now, parseOrThrow } from "./db-write";
import { selectMessageDto } from "./db-read";
import type { MessageDto } from "./lib/message-dto";
import { denyDelete, denyEdit, denyHide, denyPin, denyPost, denyReply } from "./permissions";
import { messageBodySchema } from "./schemas";

/**
 * Writing messages. Each write is one transaction: it loads the message with the caller's
 * standing in its class (NOT_FOUND outside it), applies the rules in permissions.ts, and then
 * updates with the same conditions in its WHERE, so a change made meanwhile is not overwritten.
 * updated_at moves on every change: it is what the pollers ask about.
 */
// The benchmark and other features read through this module too.
export { selectChannelPage, selectThread } from "./db-read";
export { countUnread, markChannelRead } from "./db-unread";
export { gradeHomework, submitHomework } from "./db-homework";

const M = ChannelMessageTable;

function eventOf(access: ChannelAccess, author: User, message: Pick<ChannelMessage, "id" | "parentId" | "body">) {
  return { classId: access.channel.classId, channel: { id: access.channel.id, name: access.channel.name }, author, message };
}

/** Starts a message in a channel (Markdown; mentions notify class members). */
export async function postMessage(user: User, channelId: string, body: string): Promise<MessageDto> {
  const text = parseOrThrow(messageBodySchema, body);
  return inTransaction(async (tx) => {
    const access = await selectChannelAccess(tx, user, channelId);
    throwIfDenied(denyPost(access.facts, access.viewer));
    const [created] = await tx.insert(M).values({ channelId: access.channel.id, authorId: user.id, body: text }).returning();
    await notifyMessage(tx, eventOf(access, user, created!));
    return selectMessageDto(tx, created!.id, access.viewer);
  });
}

/** Replies in a message's thread (a reply to a reply joins the same thread); bumps the thread's count. */
export async function replyToMessage(user: User, messageId: number, body: string): Promise<MessageDto> {
  const text = parseOrThrow(messageBodySchema, body);
  return inTransaction(async (tx) => {
    const { message: target, access } = await selectMessageAccess(tx, user, messageId);
    const rootId = target.parentId ?? target.id;
    const root = target.parentId === null ? target : (await selectMessageAccess(tx, user, rootId)).message;
    throwIfDenied(denyReply(factsOfRow(root), access.facts, access.viewer));
    const [created] = await tx.insert(M).values({ channelId: access.channel.id, authorId: user.id, parentId: rootId, body: text }).returning();
    // Counted in the database, so concurrent replies never lose one.
    await tx
      .update(M)
      .set({ replyCount: sql`${M.replyCount} + 1`, lastReplyAt: now, updatedAt: now })
      .where(eq(M.id, rootId));
    await notifyMessage(tx, eventOf(access, user, created!));
    return selectMessageDto(tx, created!.id, access.viewer);
  });
}

/** Changes one's own message (not once deleted or hidden); newly mentioned members are notified. */
export async function editMessage(user: User, messageId: number, body: string): Promise<MessageDto> {
  const text = parseOrThrow(messageBodySchema, body);
  return inTransaction(async (tx) => {
    const { message, access } = await selectMessageAccess(tx, user, messageId);
    throwIfDenied(denyEdit(factsOfRow(message), access.facts, access.viewer));
    if (message.body === text) return selectMessageDto(tx, message.id, access.viewer);
    const updated = await tx
      .update(M)
      .set({ body: text, editedAt: now, updatedAt: now })
      .where(and(eq(M.id, message.id), eq(M.authorId, user.id), isNull(M.deletedAt), isNull(M.hiddenAt), messageInClassOf(tx, user, "member")))
      .returning({ id: M.id });
    if (updated.length === 0) throw changedMeanwhile();
    await notifyMessage(tx, { ...eventOf(access, user, { ...message, body: text }), previousBody: message.body });
    return selectMessageDto(tx, message.id, access.viewer);
  });
}

/**
 * Deletes a message (its author, or a teacher of the class). The row stays so its thread keeps
 * its place, shown as "Message deleted"; the text is cleared and never sent again.
 */
export async function deleteMessage(user: User, messageId: number): Promise<MessageDto> {
  return inTransaction(async (tx) => {
    const { message, access } = await selectMessageAccess(tx, user, messageId);
    throwIfDenied(denyDelete(factsOfRow(message), access.facts, access.viewer));
    if (message.deletedAt) return selectMessageDto(tx, message.id, access.viewer);
    const owner = access.isTeacher ? messageInClassOf(tx, user, "teacher") : and(eq(M.authorId, user.id), messageInClassOf(tx, user, "member"));
    await tx
      .update(M)
      .set({ deletedAt: now, body: "", pinnedAt: null, pinnedBy: null, updatedAt: now })
      .where(and(eq(M.id, message.id), isNull(M.deletedAt), owner));
    return selectMessageDto(tx, message.id, access.viewer);
  });
}

/** A teacher hides a message from learners (teachers still see it, marked), or shows it again. */
export async function setMessageHidden(user: User, messageId: number, hidden: boolean): Promise<MessageDto> {
  return inTransaction(async (tx) => {
    const { message, access } = await selectMessageAccess(tx, user, messageId);
    throwIfDenied(denyHide(factsOfRow(message), access.facts, access.viewer));
    if ((message.hiddenAt !== null) !== hidden) {
      await tx
        .update(M)
        .set(hidden ? { hiddenAt: now, hiddenBy: user.id, updatedAt: now } : { hiddenAt: null, hiddenBy: null, updatedAt: now })
        .where(and(eq(M.id, message.id), isNull(M.deletedAt), hidden ? isNull(M.hiddenAt) : isNotNull(M.hiddenAt), messageInClassOf(tx, user, "teacher")));
    }
    return selectMessageDto(tx, message.id, access.viewer);
  });
}

/** A teacher pins a channel message (it joins the pinned list at the top) or unpins it. */
export async function setMessagePinned(user: User, messageId: number, pinned: boolean): Promise<MessageDto> {
  return inTransaction(async (tx) => {
    const { message, access } = await selectMessageAccess(tx, user, messageId);
    throwIfDenied(denyPin(factsOfRow(message), access.facts, access.viewer));
    if ((message.pinnedAt !== null) !== pinned) {
      await tx
        .update(M)
        .set(pinned ? { pinnedAt: now, pinnedBy: user.id, updatedAt: now } : { pinnedAt: null, pinnedBy: null, updatedAt: now })
        .where(and(eq(M.id, message.id), isNull(M.parentId), isNull(M.deletedAt), messageInClassOf(tx, user, "teacher")));
    }
    return selectMessageDto(tx, message.id, access.viewer);
  });
}
