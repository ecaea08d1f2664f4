import "server-only";
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Database, Transaction } from "@/drizzle/db";
import { AssignmentTable, AttemptTable, ClassMemberTable, ClassTable, GradeEventTable, TestTable, UserTable } from "@/drizzle/schema";
import { insertNotifications } from "./db-insert";
import { assignmentNotice, gradeNotice } from "./lib/messages";

/**
 * Notifications written inside the transaction of the change they report (a new assignment, a
 * released grade), so a rolled-back change notifies nobody.
 */

type Executor = Database | Transaction;

/** For a newly created assignment: one "assignment_new" per learner of its (active) class. */
export async function insertAssignmentNotifications(tx: Executor, assignmentId: string): Promise<number> {
  const learners = await tx
    .select({ userId: ClassMemberTable.userId, classId: ClassTable.id, className: ClassTable.name, testTitle: TestTable.title })
    .from(AssignmentTable)
    .innerJoin(ClassTable, eq(ClassTable.id, AssignmentTable.classId))
    .innerJoin(TestTable, eq(TestTable.id, AssignmentTable.testId))
    .innerJoin(ClassMemberTable, and(eq(ClassMemberTable.classId, ClassTable.id), eq(ClassMemberTable.role, "learner")))
    .innerJoin(UserTable, eq(UserTable.id, ClassMemberTable.userId))
    .where(
      and(
        eq(AssignmentTable.id, assignmentId),
        isNull(ClassTable.archivedAt),
        isNull(UserTable.deletedAt),
        ne(ClassMemberTable.userId, AssignmentTable.assignedBy),
      ),
    );
  return insertNotifications(
    tx,
    learners.map((learner) => ({
      userId: learner.userId,
      kind: "assignment_new" as const,
      ...assignmentNotice(learner),
      link: `/classes/${learner.classId}`,
      dedupeKey: `assignment:${assignmentId}`,
    })),
  );
}

/**
 * After a teacher's or a released AI grade has re-totalled attempts: each attempt that is now
 * graded tells its learner. The key counts the attempt's teacher/AI grade events, so one
 * grading event notifies once and a later re-grade notifies again; instant grades at submit
 * never come here. "Updated" when the attempt was graded before this transaction began
 * (`now()` is the transaction's start time).
 */
export async function insertGradeReleasedNotifications(tx: Executor, attemptIds: readonly string[]): Promise<number> {
  if (attemptIds.length === 0) return 0;
  const graded = await tx
    .select({
      attemptId: AttemptTable.id,
      userId: AttemptTable.userId,
      testTitle: TestTable.title,
      score: AttemptTable.score,
      maxScore: AttemptTable.maxScore,
      regraded: sql<boolean>`coalesce(${AttemptTable.gradedAt} < now(), false)`,
      gradingEvents: sql<number>`(select count(*) from ${GradeEventTable}
        where ${GradeEventTable.attemptId} = ${AttemptTable.id} and ${GradeEventTable.source} <> 'auto')`.mapWith(Number),
    })
    .from(AttemptTable)
    .innerJoin(TestTable, eq(TestTable.id, AttemptTable.testId))
    .where(and(inArray(AttemptTable.id, [...attemptIds]), eq(AttemptTable.state, "graded")));
  return insertNotifications(
    tx,
    graded.map((attempt) => ({
      userId: attempt.userId,
      kind: "grade_released" as const,
      ...gradeNotice(attempt),
      link: `/attempts/${attempt.attemptId}`,
      dedupeKey: `grade:${attempt.attemptId}:${attempt.gradingEvents}`,
    })),
  );
}
