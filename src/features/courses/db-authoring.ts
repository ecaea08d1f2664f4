import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { isUniqueViolation } from "@/drizzle/errors";
import { getDb } from "@/drizzle/db";
import { qualified } from "@/drizzle/qualified";
import { CourseTable, LessonTable, PracticeItemTable, QuestionTable, TestItemTable, TestTable, TopicTable, type User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { courseEditableBy } from "./db-visibility";
import type { CourseDetails, TopicInput } from "./schemas-authoring";

/** The courses a teacher may author (all of them for an admin), newest first, with their size. */
export async function selectAuthoredCourses(author: User) {
  const db = await getDb();
  return db
    .select({
      id: CourseTable.id,
      slug: CourseTable.slug,
      title: CourseTable.title,
      visibility: CourseTable.visibility,
      publishedAt: CourseTable.publishedAt,
      lessonCount: sql<number>`(select count(*) from ${LessonTable} where ${qualified(LessonTable.courseId)} = ${qualified(CourseTable.id)})`.mapWith(Number),
      questionCount: sql<number>`(select count(*) from ${QuestionTable} where ${qualified(QuestionTable.courseId)} = ${qualified(CourseTable.id)} and ${qualified(QuestionTable.archivedAt)} is null)`.mapWith(Number),
      testCount: sql<number>`(select count(*) from ${TestTable} where ${qualified(TestTable.courseId)} = ${qualified(CourseTable.id)})`.mapWith(Number),
    })
    .from(CourseTable)
    .where(courseEditableBy(author))
    .orderBy(desc(CourseTable.createdAt));
}

/** The topics of a course the caller authors (for tagging questions and random draws), by name. */
export async function selectCourseTopics(author: User, courseId: string) {
  const db = await getDb();
  return db
    .select({ id: TopicTable.id, slug: TopicTable.slug, name: TopicTable.name })
    .from(TopicTable)
    .innerJoin(CourseTable, eq(CourseTable.id, TopicTable.courseId))
    .where(and(eq(TopicTable.courseId, courseId), courseEditableBy(author)))
    .orderBy(asc(TopicTable.name));
}


/** Runs a write, turning a clash on a unique address into a specific 409. */
export async function withUniqueSlug<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", `That address is already used by another ${what}; choose another.`, { field: "slug" });
    throw error;
  }
}

async function selectEditableCourseRow(author: User, courseId: string) {
  const db = await getDb();
  const [course] = await db.select().from(CourseTable).where(and(eq(CourseTable.id, courseId), courseEditableBy(author))).limit(1);
  if (!course) throw new AppError("NOT_FOUND", "That course does not exist or you cannot edit it.");
  return course;
}

export async function insertCourse(author: User, details: CourseDetails): Promise<string> {
  if (author.role === "learner") throw new AppError("FORBIDDEN", "Only teachers can create courses.");
  const db = await getDb();
  const [course] = await withUniqueSlug("course", () => db.insert(CourseTable).values({ ...details, ownerId: author.id }).returning({ id: CourseTable.id }));
  return course!.id;
}

export async function updateCourse(author: User, courseId: string, details: CourseDetails): Promise<void> {
  const course = await selectEditableCourseRow(author, courseId);
  const db = await getDb();
  await withUniqueSlug("course", () => db.update(CourseTable).set(details).where(eq(CourseTable.id, course.id)));
}

export async function setCoursePublished(author: User, courseId: string, published: boolean): Promise<void> {
  const course = await selectEditableCourseRow(author, courseId);
  const db = await getDb();
  await db.update(CourseTable).set({ publishedAt: published ? (course.publishedAt ?? new Date()) : null }).where(eq(CourseTable.id, course.id));
}

export async function insertTopic(author: User, courseId: string, topic: TopicInput): Promise<string> {
  const course = await selectEditableCourseRow(author, courseId);
  const db = await getDb();
  const [row] = await withUniqueSlug("topic in this course", () => db.insert(TopicTable).values({ ...topic, courseId: course.id }).returning({ id: TopicTable.id }));
  return row!.id;
}

export async function updateTopic(author: User, topicId: string, topic: TopicInput): Promise<void> {
  const db = await getDb();
  const updated = await withUniqueSlug("topic in this course", () =>
    db
      .update(TopicTable)
      .set(topic)
      .where(and(eq(TopicTable.id, topicId), inArray(TopicTable.courseId, db.select({ id: CourseTable.id }).from(CourseTable).where(courseEditableBy(author)))))
      .returning({ id: TopicTable.id }),
  );
  if (updated.length === 0) throw new AppError("NOT_FOUND", "That topic does not exist or you cannot edit it.");
}

/**
 * Deleting a topic untags its lessons and questions. Two things block it: a test's random draws
 * from it (they would lose their source) and learners' practice on it (their answers and ratings
 * would go with it: the practice tables cascade from topics).
 */
export async function deleteTopic(author: User, topicId: string): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    // Rights first: someone who cannot edit the course learns nothing about what the topic holds.
    // The row lock makes a practice answer that arrives meanwhile wait, then fail, rather than vanish.
    const [mine] = await tx
      .select({ id: TopicTable.id })
      .from(TopicTable)
      .where(and(eq(TopicTable.id, topicId), inArray(TopicTable.courseId, tx.select({ id: CourseTable.id }).from(CourseTable).where(courseEditableBy(author)))))
      .for("update");
    if (!mine) throw new AppError("NOT_FOUND", "That topic does not exist or you cannot edit it.");
    const [drawn] = await tx.select({ one: sql`1` }).from(TestItemTable).where(eq(TestItemTable.topicId, topicId)).limit(1);
    if (drawn) throw new AppError("CONFLICT", "A test draws questions from this topic; change that test first.");
    const [practised] = await tx.select({ one: sql`1` }).from(PracticeItemTable).where(eq(PracticeItemTable.topicId, topicId)).limit(1);
    if (practised) throw new AppError("CONFLICT", "Learners have practised this topic, and deleting it would erase their answers; rename it instead.");
    await tx.delete(TopicTable).where(eq(TopicTable.id, topicId));
  });
}
