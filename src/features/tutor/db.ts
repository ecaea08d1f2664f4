import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import {
  AttemptItemTable,
  AttemptTable,
  QuestionVersionTable,
  TestTable,
  TutorConversationTable,
  TutorMessageTable,
  type TutorCitation,
  type TutorConversation,
  type TutorMessage,
  type User,
} from "@/drizzle/schema";
import type { QuestionBody } from "@/features/questions/schemas";
import { AppError } from "@/lib/errors";

type Owner = Pick<User, "id">;

export async function selectTutorConversations(owner: Owner, courseId: string): Promise<TutorConversation[]> {
  const db = await getDb();
  return db
    .select()
    .from(TutorConversationTable)
    .where(and(eq(TutorConversationTable.userId, owner.id), eq(TutorConversationTable.courseId, courseId)))
    .orderBy(desc(TutorConversationTable.updatedAt))
    .limit(50);
}

/** A conversation of the caller's with its messages; NOT_FOUND for anyone else's. */
export async function selectTutorConversation(owner: Owner, conversationId: string): Promise<{ conversation: TutorConversation; messages: TutorMessage[] }> {
  const db = await getDb();
  const [conversation] = await db
    .select()
    .from(TutorConversationTable)
    .where(and(eq(TutorConversationTable.id, conversationId), eq(TutorConversationTable.userId, owner.id)));
  if (!conversation) throw new AppError("NOT_FOUND", "That conversation does not exist.");
  const messages = await db
    .select()
    .from(TutorMessageTable)
    .where(eq(TutorMessageTable.conversationId, conversation.id))
    .orderBy(asc(TutorMessageTable.createdAt), asc(TutorMessageTable.role));
  return { conversation, messages };
}

export async function insertTutorConversation(owner: Owner, input: { courseId: string; title: string; socratic: boolean }): Promise<TutorConversation> {
  const db = await getDb();
  const [row] = await db
    .insert(TutorConversationTable)
    .values({ userId: owner.id, courseId: input.courseId, title: input.title.slice(0, 120), socratic: input.socratic })
    .returning();
  if (!row) throw new Error("conversation insert returned nothing");
  return row;
}

/** Appends a message to the caller's own conversation (the ownership check is in the statement). */
export async function insertTutorMessage(
  owner: Owner,
  conversationId: string,
  message: { role: "user" | "assistant"; content: string; citations?: TutorCitation[] },
): Promise<TutorMessage> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [conversation] = await tx
      .update(TutorConversationTable)
      .set({ updatedAt: sql`now()` })
      .where(and(eq(TutorConversationTable.id, conversationId), eq(TutorConversationTable.userId, owner.id)))
      .returning({ id: TutorConversationTable.id });
    if (!conversation) throw new AppError("NOT_FOUND", "That conversation does not exist.");
    const [row] = await tx
      .insert(TutorMessageTable)
      .values({ conversationId, role: message.role, content: message.content, citations: message.citations ?? [] })
      .returning();
    if (!row) throw new Error("message insert returned nothing");
    return row;
  });
}

/** The question versions of the learner's open attempts in a course: their answer keys must stay out of prompts. */
export async function selectOpenAttemptQuestionBodies(learner: Owner, courseId: string): Promise<QuestionBody[]> {
  const db = await getDb();
  const rows = await db
    .selectDistinct({ id: QuestionVersionTable.id, body: QuestionVersionTable.body })
    .from(AttemptTable)
    .innerJoin(TestTable, eq(TestTable.id, AttemptTable.testId))
    .innerJoin(AttemptItemTable, eq(AttemptItemTable.attemptId, AttemptTable.id))
    .innerJoin(QuestionVersionTable, eq(QuestionVersionTable.id, AttemptItemTable.questionVersionId))
    .where(and(eq(AttemptTable.userId, learner.id), eq(AttemptTable.state, "in_progress"), eq(TestTable.courseId, courseId)));
  return rows.map((row) => row.body);
}
