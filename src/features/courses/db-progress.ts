import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import { qualified } from "@/drizzle/qualified";
import { CourseTable, EnrolmentTable, LessonCompletionTable, LessonTable, type User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { courseVisibleTo } from "./db-visibility";

/**
 * Marks a published lesson of a course the learner is enrolled in as complete (or not).
 * Marking twice is a no-op; the enrolment's last activity moves on.
 */
export async function setLessonCompleted(learner: User, courseSlug: string, lessonSlug: string, completed: boolean): Promise<void> {
  const db = await getDb();
  const [lesson] = await db
    .select({ id: LessonTable.id, courseId: LessonTable.courseId })
    .from(LessonTable)
    .innerJoin(CourseTable, eq(CourseTable.id, LessonTable.courseId))
    .innerJoin(EnrolmentTable, and(eq(EnrolmentTable.courseId, CourseTable.id), eq(EnrolmentTable.userId, learner.id)))
    .where(and(eq(CourseTable.slug, courseSlug), eq(LessonTable.slug, lessonSlug), isNotNull(LessonTable.publishedAt), courseVisibleTo(db, learner)))
    .limit(1);
  if (!lesson) throw new AppError("NOT_FOUND", "Enrol in this course to track your progress.");
  await db.transaction(async (tx) => {
    if (completed) await tx.insert(LessonCompletionTable).values({ userId: learner.id, lessonId: lesson.id }).onConflictDoNothing();
    else await tx.delete(LessonCompletionTable).where(and(eq(LessonCompletionTable.userId, learner.id), eq(LessonCompletionTable.lessonId, lesson.id)));
    await tx
      .update(EnrolmentTable)
      .set({ lastActivityAt: sql`now()` })
      .where(and(eq(EnrolmentTable.userId, learner.id), eq(EnrolmentTable.courseId, lesson.courseId)));
  });
}

/** The ids of the lessons of a course this learner has completed. */
export async function selectCompletedLessonIds(learner: User, courseId: string): Promise<Set<string>> {
  const db = await getDb();
  const rows = await db
    .select({ lessonId: LessonCompletionTable.lessonId })
    .from(LessonCompletionTable)
    .innerJoin(LessonTable, eq(LessonTable.id, LessonCompletionTable.lessonId))
    .where(and(eq(LessonCompletionTable.userId, learner.id), eq(LessonTable.courseId, courseId), isNotNull(LessonTable.publishedAt)));
  return new Set(rows.map((row) => row.lessonId));
}

/** Completed / published lessons for each course the learner is enrolled in. */
export async function selectCourseProgress(learner: User) {
  const db = await getDb();
  return db
    .select({
      courseId: EnrolmentTable.courseId,
      completed: sql<number>`(select count(*) from ${LessonCompletionTable} join ${LessonTable} on ${qualified(LessonTable.id)} = ${qualified(LessonCompletionTable.lessonId)}
        where ${qualified(LessonCompletionTable.userId)} = ${learner.id} and ${qualified(LessonTable.courseId)} = ${qualified(EnrolmentTable.courseId)} and ${qualified(LessonTable.publishedAt)} is not null)`.mapWith(Number),
      total: sql<number>`(select count(*) from ${LessonTable} where ${qualified(LessonTable.courseId)} = ${qualified(EnrolmentTable.courseId)} and ${qualified(LessonTable.publishedAt)} is not null)`.mapWith(Number),
    })
    .from(EnrolmentTable)
    .where(eq(EnrolmentTable.userId, learner.id));
}
