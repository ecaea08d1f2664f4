import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Database } from "@/drizzle/db";
import { AssignmentTable, ClassMemberTable, ClassTable, EnrolmentTable, TestTable, type Test, type User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";

export type TestWindow = { opensAt: Date | null; dueAt: Date | null; closesAt: Date | null };
export type TestForLearner = { test: Test; assignmentId: string | null; window: TestWindow };

/**
 * The test a learner may take, with the window that applies: through an assignment of a
 * class they are a member of (the assignment's times, falling back to the test's), or a
 * published test of a course they are enrolled in (the test's times). Not found otherwise.
 */
export async function selectTestForLearner(
  db: Database,
  learner: Pick<User, "id">,
  testId: string,
  assignmentId: string | null,
): Promise<TestForLearner> {
  if (assignmentId) {
    const [row] = await db
      .select({ test: TestTable, assignment: AssignmentTable })
      .from(AssignmentTable)
      .innerJoin(TestTable, eq(TestTable.id, AssignmentTable.testId))
      .innerJoin(ClassTable, eq(ClassTable.id, AssignmentTable.classId))
      .innerJoin(ClassMemberTable, and(eq(ClassMemberTable.classId, ClassTable.id), eq(ClassMemberTable.userId, learner.id)))
      .where(and(eq(AssignmentTable.id, assignmentId), eq(AssignmentTable.testId, testId), isNull(ClassTable.archivedAt)))
      .limit(1);
    if (!row) throw new AppError("NOT_FOUND", "That test is not assigned to any of your classes.");
    const { test, assignment } = row;
    return {
      test,
      assignmentId: assignment.id,
      window: {
        opensAt: assignment.opensAt ?? test.opensAt,
        dueAt: assignment.dueAt,
        closesAt: assignment.closesAt ?? test.closesAt,
      },
    };
  }
  const [row] = await db
    .select({ test: TestTable })
    .from(TestTable)
    .innerJoin(EnrolmentTable, and(eq(EnrolmentTable.courseId, TestTable.courseId), eq(EnrolmentTable.userId, learner.id)))
    .where(and(eq(TestTable.id, testId), isNotNull(TestTable.publishedAt)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "That test does not exist or is not open to you.");
  return { test: row.test, assignmentId: null, window: { opensAt: row.test.opensAt, dueAt: null, closesAt: row.test.closesAt } };
}

/** Refuses a start outside the window, with the time that matters in the message. */
export function assertWindowOpen(window: TestWindow, now: Date): void {
  if (window.opensAt && now < window.opensAt) {
    throw new AppError("FORBIDDEN", `This test opens at ${window.opensAt.toISOString()}.`, { opensAt: window.opensAt.toISOString() });
  }
  if (window.closesAt && now >= window.closesAt) {
    throw new AppError("FORBIDDEN", `This test closed at ${window.closesAt.toISOString()}.`, { closesAt: window.closesAt.toISOString() });
  }
}
