import "server-only";
import { and, asc, eq, exists, inArray, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Database } from "@/drizzle/db";
import { AssignmentTable, AttemptItemTable, AttemptTable, ClassTable, CourseTable, QuestionVersionTable, TestTable, type User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { courseEditableBy } from "@/features/courses/db-visibility";
import { classTaughtBy } from "@/features/classes/db";
import { calculateTestStatistics, type AttemptSelection, type StatisticsAttempt } from "./lib/statistics";

/** Teachers who author the test's course or teach a class it is assigned to (and admins). */
export function testReportableBy(db: Database, teacher: Pick<User, "id" | "role">): SQL {
  if (teacher.role === "admin") return sql`true`;
  if (teacher.role !== "teacher") return sql`false`;
  const authors = exists(db.select({ one: sql`1` }).from(CourseTable).where(and(eq(CourseTable.id, TestTable.courseId), courseEditableBy(teacher))));
  const teaches = exists(
    db
      .select({ one: sql`1` })
      .from(AssignmentTable)
      .innerJoin(ClassTable, eq(ClassTable.id, AssignmentTable.classId))
      .where(and(eq(AssignmentTable.testId, TestTable.id), classTaughtBy(db, teacher))),
  );
  return or(authors, teaches) ?? sql`false`;
}

/**
 * Moodle-style statistics of a test from its graded attempts (each learner's first by default):
 * one item per question, labelled with the stem of the version most attempts showed.
 */
export async function selectTestStatistics(teacher: User, testId: string, include: AttemptSelection = "first") {
  const db = await getDb();
  const [test] = await db
    .select({ id: TestTable.id, title: TestTable.title, courseId: TestTable.courseId })
    .from(TestTable)
    .where(and(eq(TestTable.id, testId), testReportableBy(db, teacher)))
    .limit(1);
  if (!test) throw new AppError("NOT_FOUND", "That test does not exist or you cannot see its results.");
  const attempts = await db
    .select({ id: AttemptTable.id, userId: AttemptTable.userId, attemptNumber: AttemptTable.attemptNumber, score: AttemptTable.score, maxScore: AttemptTable.maxScore })
    .from(AttemptTable)
    .where(and(eq(AttemptTable.testId, test.id), eq(AttemptTable.state, "graded")))
    .orderBy(asc(AttemptTable.startedAt));
  const items =
    attempts.length === 0
      ? []
      : await db
          .select({
            attemptId: AttemptItemTable.attemptId,
            questionId: AttemptItemTable.questionId,
            testItemPosition: AttemptItemTable.testItemPosition,
            points: AttemptItemTable.points,
            score: AttemptItemTable.score,
            type: QuestionVersionTable.type,
            body: QuestionVersionTable.body,
          })
          .from(AttemptItemTable)
          .innerJoin(QuestionVersionTable, eq(QuestionVersionTable.id, AttemptItemTable.questionVersionId))
          .where(inArray(AttemptItemTable.attemptId, attempts.map((attempt) => attempt.id)));

  const byAttempt = new Map<string, Record<string, number>>();
  const questions = new Map<string, { maxMark: number; type: string; stem: string; position: number }>();
  for (const item of items) {
    const scores = byAttempt.get(item.attemptId) ?? {};
    scores[item.questionId] = item.score ?? 0;
    byAttempt.set(item.attemptId, scores);
    const known = questions.get(item.questionId);
    // The test line it came from (a shuffled attempt shows it elsewhere; the line does not move).
    if (!known) questions.set(item.questionId, { maxMark: item.points, type: item.type, stem: item.body.stem, position: item.testItemPosition });
  }
  const scored: StatisticsAttempt[] = attempts.map((attempt) => ({
    userId: attempt.userId,
    attemptNumber: attempt.attemptNumber,
    itemScores: byAttempt.get(attempt.id) ?? {},
    total: attempt.score ?? 0,
    maxTotal: attempt.maxScore,
  }));
  const report = calculateTestStatistics({ items: [...questions].map(([key, question]) => ({ key, maxMark: question.maxMark })), attempts: scored, include });
  return {
    test,
    include,
    summary: report.test,
    items: report.items.map((item) => ({ ...item, ...questions.get(item.key)! })).sort((a, b) => a.position - b.position || a.stem.localeCompare(b.stem)),
  };
}
