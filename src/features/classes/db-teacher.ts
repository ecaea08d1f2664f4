import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import { AssignmentTable, AttemptItemTable, AttemptTable, ClassMemberTable, ClassTable, CourseTable, TestTable, type User } from "@/drizzle/schema";
import { attemptGradableBy, awaitingTeacherSql } from "@/features/attempts/db-grading";
import { classTaughtBy, selectTaughtClass } from "./db";

/**
 * The teacher's side of classes. Each query puts classTaughtBy (or attemptGradableBy) in its
 * WHERE, so an id from a URL shows nothing to anyone who does not teach the class.
 */

export type TaughtClass = Awaited<ReturnType<typeof selectTaughtClasses>>[number];
export type ClassOverview = Awaited<ReturnType<typeof selectClassOverview>>;
export type TestAssignment = Awaited<ReturnType<typeof selectTestAssignments>>[number];

/** The classes the caller teaches (active first), with their course, sizes and grading backlog. */
export async function selectTaughtClasses(teacher: User) {
  const db = await getDb();
  return db
    .select({
      id: ClassTable.id,
      name: ClassTable.name,
      joinCode: ClassTable.joinCode,
      archived: sql<boolean>`${ClassTable.archivedAt} is not null`,
      course: { id: CourseTable.id, title: CourseTable.title },
      learnerCount: sql<number>`(select count(*) from ${ClassMemberTable} where ${ClassMemberTable.classId} = ${ClassTable.id} and ${ClassMemberTable.role} = 'learner')`.mapWith(Number),
      assignmentCount: sql<number>`(select count(*) from ${AssignmentTable} where ${AssignmentTable.classId} = ${ClassTable.id})`.mapWith(Number),
      awaitingGradingCount: sql<number>`(select count(*) from ${AttemptItemTable} join ${AttemptTable} on ${AttemptTable.id} = ${AttemptItemTable.attemptId}
        join ${AssignmentTable} on ${AssignmentTable.id} = ${AttemptTable.assignmentId}
        where ${AssignmentTable.classId} = ${ClassTable.id} and ${awaitingTeacherSql})`.mapWith(Number),
    })
    .from(ClassTable)
    .innerJoin(CourseTable, eq(CourseTable.id, ClassTable.courseId))
    .where(classTaughtBy(db, teacher))
    .orderBy(sql`${ClassTable.archivedAt} is not null`, asc(ClassTable.name));
}

/** One class the caller teaches, with its course and its assignments (soonest due first). */
export async function selectClassOverview(teacher: User, classId: string) {
  const db = await getDb();
  const taught = await selectTaughtClass(db, teacher, classId);
  const [[course], assignments] = await Promise.all([
    db.select({ id: CourseTable.id, title: CourseTable.title, slug: CourseTable.slug }).from(CourseTable).where(eq(CourseTable.id, taught.courseId)).limit(1),
    db
      .select({
        id: AssignmentTable.id,
        testId: TestTable.id,
        testTitle: TestTable.title,
        testPublished: sql<boolean>`${TestTable.publishedAt} is not null`,
        opensAt: AssignmentTable.opensAt,
        dueAt: AssignmentTable.dueAt,
        closesAt: AssignmentTable.closesAt,
        attemptCount: sql<number>`(select count(*) from ${AttemptTable} where ${AttemptTable.assignmentId} = ${AssignmentTable.id})`.mapWith(Number),
        awaitingGradingCount: sql<number>`(select count(*) from ${AttemptItemTable} join ${AttemptTable} on ${AttemptTable.id} = ${AttemptItemTable.attemptId}
          where ${AttemptTable.assignmentId} = ${AssignmentTable.id} and ${awaitingTeacherSql})`.mapWith(Number),
      })
      .from(AssignmentTable)
      .innerJoin(TestTable, eq(TestTable.id, AssignmentTable.testId))
      .where(eq(AssignmentTable.classId, taught.id))
      .orderBy(sql`${AssignmentTable.dueAt} is null`, asc(AssignmentTable.dueAt), asc(TestTable.title)),
  ]);
  return {
    class: { id: taught.id, name: taught.name, joinCode: taught.joinCode, archived: taught.archivedAt !== null, teacherId: taught.teacherId },
    course: course!,
    assignments,
  };
}

/** Where a test is assigned among the caller's classes, with each window. */
export async function selectTestAssignments(teacher: User, testId: string) {
  const db = await getDb();
  return db
    .select({
      id: AssignmentTable.id,
      classId: ClassTable.id,
      className: ClassTable.name,
      opensAt: AssignmentTable.opensAt,
      dueAt: AssignmentTable.dueAt,
      closesAt: AssignmentTable.closesAt,
    })
    .from(AssignmentTable)
    .innerJoin(ClassTable, eq(ClassTable.id, AssignmentTable.classId))
    .where(and(eq(AssignmentTable.testId, testId), classTaughtBy(db, teacher)))
    .orderBy(asc(ClassTable.name));
}

/** How many answers wait in the caller's grading queue (the count of selectGradingQueue's rows). */
export async function countAnswersAwaitingGrading(teacher: User, filter: { testIds?: string[] } = {}): Promise<number> {
  if (filter.testIds && filter.testIds.length === 0) return 0;
  const db = await getDb();
  const [row] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(AttemptItemTable)
    .innerJoin(AttemptTable, eq(AttemptTable.id, AttemptItemTable.attemptId))
    .where(
      and(
        awaitingTeacherSql,
        filter.testIds ? inArray(AttemptTable.testId, filter.testIds) : undefined,
        attemptGradableBy(db, teacher),
      ),
    );
  return row?.count ?? 0;
}

/** Tests with answers waiting for the caller, for the grading queue's filter (most waiting first). */
export async function selectGradingQueueTests(teacher: User) {
  const db = await getDb();
  const waiting = sql<number>`count(*)`.mapWith(Number);
  return db
    .select({ testId: TestTable.id, title: TestTable.title, waiting })
    .from(AttemptItemTable)
    .innerJoin(AttemptTable, eq(AttemptTable.id, AttemptItemTable.attemptId))
    .innerJoin(TestTable, eq(TestTable.id, AttemptTable.testId))
    .where(and(awaitingTeacherSql, attemptGradableBy(db, teacher)))
    .groupBy(TestTable.id, TestTable.title)
    .orderBy(desc(waiting), asc(TestTable.title));
}
