import "server-only";
import { asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { getDb } from "@/drizzle/db";
import { qualified } from "@/drizzle/qualified";
import { ClassMemberTable, ClassTable, CourseTable, EnrolmentTable, LessonTable, QuestionTable, UserTable, type User } from "@/drizzle/schema";
import { assertAdmin } from "./permissions";

// Every course and class on the platform, for admins. Each list is one set-based query (counts
// are correlated subqueries on indexed foreign keys) and is capped: the overview page says so
// and the totals come from selectAdminOverview.

export const CATALOG_LIMIT = 100;

export type AdminCourseRow = Awaited<ReturnType<typeof selectCoursesOverview>>["rows"][number];
export type AdminClassRow = Awaited<ReturnType<typeof selectClassesOverview>>["rows"][number];

const countWhere = (table: PgTable, condition: SQL) => sql<number>`(select count(*) from ${table} where ${condition})`.mapWith(Number);

/** Courses, newest first, with their owner, visibility, publication and sizes. */
export async function selectCoursesOverview(admin: User, limit = CATALOG_LIMIT) {
  assertAdmin(admin);
  const db = await getDb();
  const rows = await db
    .select({
      id: CourseTable.id,
      slug: CourseTable.slug,
      title: CourseTable.title,
      visibility: CourseTable.visibility,
      publishedAt: CourseTable.publishedAt,
      createdAt: CourseTable.createdAt,
      owner: { id: UserTable.id, name: UserTable.name, email: UserTable.email },
      lessonCount: countWhere(LessonTable, sql`${qualified(LessonTable.courseId)} = ${qualified(CourseTable.id)}`),
      questionCount: countWhere(QuestionTable, sql`${qualified(QuestionTable.courseId)} = ${qualified(CourseTable.id)} and ${qualified(QuestionTable.archivedAt)} is null`),
      enrolledCount: countWhere(EnrolmentTable, sql`${qualified(EnrolmentTable.courseId)} = ${qualified(CourseTable.id)}`),
      classCount: countWhere(ClassTable, sql`${qualified(ClassTable.courseId)} = ${qualified(CourseTable.id)}`),
    })
    .from(CourseTable)
    .innerJoin(UserTable, eq(UserTable.id, CourseTable.ownerId))
    .orderBy(desc(CourseTable.createdAt), asc(CourseTable.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit), truncated: rows.length > limit };
}

/** Classes, active first then by name, with their teacher, course and membership. */
export async function selectClassesOverview(admin: User, limit = CATALOG_LIMIT) {
  assertAdmin(admin);
  const db = await getDb();
  const memberCount = (role: "learner" | "teacher") =>
    countWhere(ClassMemberTable, sql`${qualified(ClassMemberTable.classId)} = ${qualified(ClassTable.id)} and ${qualified(ClassMemberTable.role)} = ${role}`);
  const rows = await db
    .select({
      id: ClassTable.id,
      name: ClassTable.name,
      archived: sql<boolean>`${ClassTable.archivedAt} is not null`,
      createdAt: ClassTable.createdAt,
      teacher: { id: UserTable.id, name: UserTable.name },
      course: { id: CourseTable.id, title: CourseTable.title },
      learnerCount: memberCount("learner"),
      teacherCount: memberCount("teacher"),
    })
    .from(ClassTable)
    .innerJoin(UserTable, eq(UserTable.id, ClassTable.teacherId))
    .innerJoin(CourseTable, eq(CourseTable.id, ClassTable.courseId))
    .orderBy(sql`${ClassTable.archivedAt} is not null`, asc(ClassTable.name), asc(ClassTable.id))
    .limit(limit + 1);
  return { rows: rows.slice(0, limit), truncated: rows.length > limit };
}
