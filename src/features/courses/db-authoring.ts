import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import { CourseTable, LessonTable, QuestionTable, TestTable, TopicTable, type User } from "@/drizzle/schema";
import { courseEditableBy } from "./db-visibility";

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
      lessonCount: sql<number>`(select count(*) from ${LessonTable} where ${LessonTable.courseId} = ${CourseTable.id})`.mapWith(Number),
      questionCount: sql<number>`(select count(*) from ${QuestionTable} where ${QuestionTable.courseId} = ${CourseTable.id} and ${QuestionTable.archivedAt} is null)`.mapWith(Number),
      testCount: sql<number>`(select count(*) from ${TestTable} where ${TestTable.courseId} = ${CourseTable.id})`.mapWith(Number),
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
