import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import { CourseTable, LessonChunkTable, LessonTable, QuestionDraftTable, TopicTable, type DraftProblemRecord, type DraftSource, type QuestionDraftRow, type User } from "@/drizzle/schema";
import type { QuestionBody, QuestionDraft } from "@/features/questions/schemas";
import { insertQuestionsIn } from "@/features/questions/db";
import { courseEditableBy } from "@/features/courses/db-visibility";
import { AppError } from "@/lib/errors";

export type GenerationSource = {
  course: { id: string; title: string };
  lesson: { id: string; slug: string; title: string };
  chunks: { id: string; heading: string; anchor: string; content: string }[];
  topics: { slug: string; name: string }[];
};

/** A lesson of a course the author may edit, with its passages (all, or the chosen ones) and the course's topics. */
export async function selectGenerationSource(author: User, courseId: string, lessonId: string, chunkIds: string[] | null): Promise<GenerationSource> {
  const db = await getDb();
  const [found] = await db
    .select({ courseId: CourseTable.id, courseTitle: CourseTable.title, lessonId: LessonTable.id, slug: LessonTable.slug, title: LessonTable.title })
    .from(LessonTable)
    .innerJoin(CourseTable, eq(CourseTable.id, LessonTable.courseId))
    .where(and(eq(LessonTable.id, lessonId), eq(CourseTable.id, courseId), courseEditableBy(author)));
  if (!found) throw new AppError("NOT_FOUND", "That lesson does not exist or you cannot edit its course.");
  const chunks = await db
    .select({ id: LessonChunkTable.id, heading: LessonChunkTable.heading, anchor: LessonChunkTable.anchor, content: LessonChunkTable.content })
    .from(LessonChunkTable)
    .where(and(eq(LessonChunkTable.lessonId, lessonId), chunkIds ? inArray(LessonChunkTable.id, chunkIds) : undefined))
    .orderBy(asc(LessonChunkTable.position));
  if (chunkIds && chunks.length !== new Set(chunkIds).size) throw new AppError("BAD_REQUEST", "A chosen passage is not part of this lesson.");
  const topics = await db.select({ slug: TopicTable.slug, name: TopicTable.name }).from(TopicTable).where(eq(TopicTable.courseId, courseId)).orderBy(asc(TopicTable.name));
  return { course: { id: found.courseId, title: found.courseTitle }, lesson: { id: found.lessonId, slug: found.slug, title: found.title }, chunks, topics };
}

export type NewDraft = {
  status: "pending" | "auto_rejected";
  body: QuestionBody;
  topicSlugs: string[];
  difficulty: string;
  source: DraftSource;
  problems: DraftProblemRecord[];
};

export async function insertQuestionDraft(author: User, courseId: string, generationId: string, lessonId: string, draft: NewDraft): Promise<QuestionDraftRow> {
  const db = await getDb();
  const [row] = await db
    .insert(QuestionDraftTable)
    .values({ courseId, generationId, lessonId, createdBy: author.id, ...draft })
    .returning();
  if (!row) throw new Error("draft insert returned nothing");
  return row;
}

/** Drafts of a course for its authors: pending first, then the automatically rejected (with reasons). */
export async function selectCourseDrafts(author: User, courseId: string): Promise<QuestionDraftRow[]> {
  const db = await getDb();
  const rows = await db
    .select({ draft: QuestionDraftTable })
    .from(QuestionDraftTable)
    .innerJoin(CourseTable, eq(CourseTable.id, QuestionDraftTable.courseId))
    .where(and(eq(QuestionDraftTable.courseId, courseId), inArray(QuestionDraftTable.status, ["pending", "auto_rejected"]), courseEditableBy(author)))
    .orderBy(asc(QuestionDraftTable.status), desc(QuestionDraftTable.createdAt))
    .limit(200);
  return rows.map((row) => row.draft);
}

/** One pending draft of a course the author may edit (for the editor prefilled with it). */
export async function selectPendingDraft(author: User, draftId: string): Promise<QuestionDraftRow> {
  const db = await getDb();
  const [row] = await db
    .select({ draft: QuestionDraftTable })
    .from(QuestionDraftTable)
    .innerJoin(CourseTable, eq(CourseTable.id, QuestionDraftTable.courseId))
    .where(and(eq(QuestionDraftTable.id, draftId), eq(QuestionDraftTable.status, "pending"), courseEditableBy(author)));
  if (!row) throw new AppError("NOT_FOUND", "That draft does not exist or has already been reviewed.");
  return row.draft;
}

/**
 * Approves a pending draft, as generated or as the teacher edited it: the draft is claimed
 * (pending → approved) and the question created in one transaction, so a double click or two
 * teachers at once create one question.
 */
export async function approveQuestionDraft(author: User, draftId: string, edited?: QuestionDraft): Promise<{ questionId: string }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(QuestionDraftTable)
      .set({ status: "approved", reviewedBy: author.id, reviewedAt: new Date() })
      .where(
        and(
          eq(QuestionDraftTable.id, draftId),
          eq(QuestionDraftTable.status, "pending"),
          inArray(QuestionDraftTable.courseId, tx.select({ id: CourseTable.id }).from(CourseTable).where(courseEditableBy(author))),
        ),
      )
      .returning();
    if (!claimed) throw new AppError("NOT_FOUND", "That draft does not exist or has already been reviewed.");
    const draft = edited ?? { body: claimed.body, topicSlugs: claimed.topicSlugs };
    const [questionId] = await insertQuestionsIn(tx, author, claimed.courseId, [draft]);
    if (!questionId) throw new Error("approving a draft created no question");
    await tx.update(QuestionDraftTable).set({ questionId }).where(eq(QuestionDraftTable.id, draftId));
    return { questionId };
  });
}

export async function rejectQuestionDraft(author: User, draftId: string): Promise<void> {
  const db = await getDb();
  const updated = await db
    .update(QuestionDraftTable)
    .set({ status: "rejected", reviewedBy: author.id, reviewedAt: new Date() })
    .where(
      and(
        eq(QuestionDraftTable.id, draftId),
        inArray(QuestionDraftTable.status, ["pending", "auto_rejected"]),
        inArray(QuestionDraftTable.courseId, db.select({ id: CourseTable.id }).from(CourseTable).where(courseEditableBy(author))),
      ),
    )
    .returning({ id: QuestionDraftTable.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND", "That draft does not exist or has already been reviewed.");
}
