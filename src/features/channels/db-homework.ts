import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { ChannelMessageTable, type User } from "@/drizzle/schema";
import { factsOfRow, messageInClassOf, selectMessageAccess, throwIfDenied } from "./db-access";
import { notifyHomeworkGraded } from "./db-notify";
import { selectMessageDto } from "./db-read";
import { changedMeanwhile, inTransaction, now, parseOrThrow } from "./db-write";
import type { MessageDto } from "./lib/message-dto";
import { denyGrade, denySubmitHomework } from "./permissions";
import { homeworkFeedbackSchema, homeworkGradeSchema } from "./schemas";

/** Homework through the channels: a learner hands in a message, the class's teachers grade it. */
const M = ChannelMessageTable;

/** A learner hands in their own channel message as homework (again changes nothing). */
export async function submitHomework(user: User, messageId: number): Promise<MessageDto> {
  return inTransaction(async (tx) => {
    const { message, access } = await selectMessageAccess(tx, user, messageId);
    throwIfDenied(denySubmitHomework(factsOfRow(message), access.facts, access.viewer));
    if (!message.homeworkAt) {
      const updated = await tx
        .update(M)
        .set({ homeworkAt: now, updatedAt: now })
        .where(and(eq(M.id, message.id), eq(M.authorId, user.id), isNull(M.parentId), isNull(M.deletedAt), isNull(M.hiddenAt), isNull(M.homeworkAt), messageInClassOf(tx, user, "member")))
        .returning({ id: M.id });
      if (updated.length === 0) throw changedMeanwhile();
    }
    return selectMessageDto(tx, message.id, access.viewer);
  });
}

/** A teacher of the class grades homework (grading again replaces the grade); the learner is notified. */
export async function gradeHomework(user: User, messageId: number, input: { grade: string; feedback?: string }): Promise<MessageDto> {
  const grade = parseOrThrow(homeworkGradeSchema, input.grade);
  const feedback = parseOrThrow(homeworkFeedbackSchema, input.feedback ?? "");
  return inTransaction(async (tx) => {
    const { message, access } = await selectMessageAccess(tx, user, messageId);
    throwIfDenied(denyGrade(factsOfRow(message), access.facts, access.viewer));
    const updated = await tx
      .update(M)
      .set({ homeworkGrade: grade, homeworkFeedback: feedback || null, homeworkGradedBy: user.id, homeworkGradedAt: now, updatedAt: now })
      .where(and(eq(M.id, message.id), isNotNull(M.homeworkAt), isNull(M.deletedAt), messageInClassOf(tx, user, "teacher")))
      .returning({ id: M.id });
    if (updated.length === 0) throw changedMeanwhile();
    await notifyHomeworkGraded(tx, {
      classId: access.channel.classId,
      channel: { id: access.channel.id, name: access.channel.name },
      learnerId: message.authorId,
      message,
      grade,
      feedback,
    });
    return selectMessageDto(tx, message.id, access.viewer);
  });
}
