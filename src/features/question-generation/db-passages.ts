import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import { CourseTable, LessonChunkTable, LessonTable, QuestionDraftTable, type User } from "@/drizzle/schema";
import { courseEditableBy } from "@/features/courses/db-visibility";
import { AppError } from "@/lib/errors";

export type LessonPassage = { id: string; heading: string; anchor: string; excerpt: string };

const EXCERPT_CHARS = 200;

/** A lesson's passages (its indexed chunks) for the generation form, in lesson order; NOT_FOUND unless the author may edit the course. */
export async function selectLessonPassages(author: User, courseId: string, lessonId: string): Promise<LessonPassage[]> {
  const db = await getDb();
  const [lesson] = await db
    .select({ id: LessonTable.id })
    .from(LessonTable)
    .innerJoin(CourseTable, eq(CourseTable.id, LessonTable.courseId))
    .where(and(eq(LessonTable.id, lessonId), eq(CourseTable.id, courseId), courseEditableBy(author)));
  if (!lesson) throw new AppError("NOT_FOUND", "That lesson does not exist or you cannot edit its course.");
  const chunks = await db
    .select({ id: LessonChunkTable.id, heading: LessonChunkTable.heading, anchor: LessonChunkTable.anchor, content: LessonChunkTable.content })
    .from(LessonChunkTable)
    .where(eq(LessonChunkTable.lessonId, lesson.id))
    .orderBy(asc(LessonChunkTable.position));
  return chunks.map(({ content, ...chunk }) => ({ ...chunk, excerpt: content.slice(0, EXCERPT_CHARS) }));
}

/** How many AI drafts of a course wait for review (0 when the author may not edit it). */
export async function countPendingDrafts(author: User, courseId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ pending: count() })
    .from(QuestionDraftTable)
    .innerJoin(CourseTable, eq(CourseTable.id, QuestionDraftTable.courseId))
    .where(and(eq(QuestionDraftTable.courseId, courseId), eq(QuestionDraftTable.status, "pending"), courseEditableBy(author)));
  return row?.pending ?? 0;
}
