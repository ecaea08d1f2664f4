import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import { AssignmentTable, AttemptTable, ClassMemberTable, TestTable, UserTable, type User } from "@/drizzle/schema";
import { aggregateAttemptGrades, hasAttemptsAwaitingGrading } from "@/features/tests/lib/grading-method";
import { selectTaughtClass } from "./db";

export type GradebookCell = { fraction: number | null; score: number | null; maxScore: number | null; attempts: number; pending: boolean };
export type Gradebook = Awaited<ReturnType<typeof selectGradebook>>;

/** Learners × assigned tests, each cell graded with that test's grading method. */
export async function selectGradebook(teacher: User, classId: string) {
  const db = await getDb();
  const taught = await selectTaughtClass(db, teacher, classId);
  const [learners, assignments] = await Promise.all([
    db
      .select({ id: UserTable.id, name: UserTable.name, email: UserTable.email })
      .from(ClassMemberTable)
      .innerJoin(UserTable, eq(UserTable.id, ClassMemberTable.userId))
      .where(and(eq(ClassMemberTable.classId, taught.id), eq(ClassMemberTable.role, "learner")))
      .orderBy(asc(UserTable.name)),
    db
      .select({ id: AssignmentTable.id, testId: TestTable.id, title: TestTable.title, gradingMethod: TestTable.gradingMethod, dueAt: AssignmentTable.dueAt })
      .from(AssignmentTable)
      .innerJoin(TestTable, eq(TestTable.id, AssignmentTable.testId))
      .where(eq(AssignmentTable.classId, taught.id))
      .orderBy(asc(AssignmentTable.dueAt), asc(TestTable.title)),
  ]);
  const attempts =
    learners.length === 0 || assignments.length === 0
      ? []
      : await db
          .select({
            userId: AttemptTable.userId,
            testId: AttemptTable.testId,
            attemptNumber: AttemptTable.attemptNumber,
            state: AttemptTable.state,
            score: AttemptTable.score,
            maxScore: AttemptTable.maxScore,
            submittedAt: AttemptTable.submittedAt,
          })
          .from(AttemptTable)
          .where(and(inArray(AttemptTable.userId, learners.map((learner) => learner.id)), inArray(AttemptTable.testId, assignments.map((assignment) => assignment.testId))));

  const rows = learners.map((learner) => ({
    learner,
    cells: assignments.map((assignment): GradebookCell => {
      const mine = attempts.filter((attempt) => attempt.userId === learner.id && attempt.testId === assignment.testId);
      const grade = aggregateAttemptGrades(assignment.gradingMethod, mine);
      return {
        fraction: grade?.fraction ?? null,
        score: grade?.score ?? null,
        maxScore: grade?.maxScore ?? null,
        attempts: mine.length,
        pending: grade ? grade.pending : hasAttemptsAwaitingGrading(mine),
      };
    }),
  }));
  return { class: { id: taught.id, name: taught.name }, assignments, rows };
}
