import { and, eq, exists, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/drizzle/db";
import { ClassMemberTable, ClassTable, CourseTable, EnrolmentTable, type User } from "@/drizzle/schema";

type Viewer = Pick<User, "id" | "role"> | null;

/**
 * The one rule for who may see a course, as SQL for WHERE clauses: published public or
 * unlisted courses for everyone; otherwise the owner, admins, enrolled learners and members
 * of a class on the course.
 */
export function courseVisibleTo(db: Database, viewer: Viewer): SQL {
  const openlyPublished = and(inArray(CourseTable.visibility, ["public", "unlisted"]), isNotNull(CourseTable.publishedAt));
  if (!viewer) return openlyPublished ?? sql`false`;
  if (viewer.role === "admin") return sql`true`;
  const enrolled = exists(
    db
      .select({ one: sql`1` })
      .from(EnrolmentTable)
      .where(and(eq(EnrolmentTable.courseId, CourseTable.id), eq(EnrolmentTable.userId, viewer.id))),
  );
  const inClass = exists(
    db
      .select({ one: sql`1` })
      .from(ClassMemberTable)
      .innerJoin(ClassTable, eq(ClassTable.id, ClassMemberTable.classId))
      .where(and(eq(ClassTable.courseId, CourseTable.id), eq(ClassMemberTable.userId, viewer.id))),
  );
  return or(openlyPublished, eq(CourseTable.ownerId, viewer.id), enrolled, inClass) ?? sql`false`;
}

/** Who may author a course (its content, question bank and tests): its owning teacher, or an admin. */
export function courseEditableBy(viewer: Pick<User, "id" | "role">): SQL {
  if (viewer.role === "admin") return sql`true`;
  if (viewer.role !== "teacher") return sql`false`;
  return eq(CourseTable.ownerId, viewer.id);
}
