import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import { AssignmentTable, AttemptItemTable, AttemptTable, ClassMemberTable, QuestionVersionTable, TestTable, type User } from "@/drizzle/schema";
import type { AttemptSelection } from "@/features/tests/lib/statistics";
import { selectAnalyticsClass } from "./db-teacher-class";
import { reliabilityBand, reviewItem } from "./lib/item-review";
import { groupByTest, testStatisticsFrom } from "./lib/test-statistics";
import type { ClassItemAnalysis } from "./teacher-types";

/**
 * Item analysis of every test assigned to the class, over the graded attempts of the class's
 * learners (each learner's first by default), computed by the test report's own statistics
 * (features/tests/lib/statistics.ts) with its flags turned into review reasons. Three statements
 * for all the tests together.
 */
export async function selectClassItemAnalysis(teacher: User, classId: string, include: AttemptSelection = "first"): Promise<ClassItemAnalysis> {
  const db = await getDb();
  const taught = await selectAnalyticsClass(db, teacher, classId);
  const assignedTests = db.select({ testId: AssignmentTable.testId }).from(AssignmentTable).where(eq(AssignmentTable.classId, taught.id));
  const classLearners = db
    .select({ userId: ClassMemberTable.userId })
    .from(ClassMemberTable)
    .where(and(eq(ClassMemberTable.classId, taught.id), eq(ClassMemberTable.role, "learner")));
  const gradedByClass = and(inArray(AttemptTable.testId, assignedTests), inArray(AttemptTable.userId, classLearners), eq(AttemptTable.state, "graded"));

  const [tests, attempts, slots] = await Promise.all([
    db
      .select({ testId: TestTable.id, title: TestTable.title, courseId: TestTable.courseId, dueAt: AssignmentTable.dueAt })
      .from(AssignmentTable)
      .innerJoin(TestTable, eq(TestTable.id, AssignmentTable.testId))
      .where(eq(AssignmentTable.classId, taught.id))
      .orderBy(sql`${AssignmentTable.dueAt} asc nulls last`, asc(TestTable.title)),
    db
      .select({
        id: AttemptTable.id,
        testId: AttemptTable.testId,
        userId: AttemptTable.userId,
        attemptNumber: AttemptTable.attemptNumber,
        score: AttemptTable.score,
        maxScore: AttemptTable.maxScore,
      })
      .from(AttemptTable)
      .where(gradedByClass)
      .orderBy(asc(AttemptTable.startedAt)),
    db
      .select({
        attemptId: AttemptItemTable.attemptId,
        questionId: AttemptItemTable.questionId,
        testItemPosition: AttemptItemTable.testItemPosition,
        points: AttemptItemTable.points,
        score: AttemptItemTable.score,
        type: QuestionVersionTable.type,
        // Only the stem: the whole body (options, rubric, key) is not needed for a label.
        stem: sql<string>`${QuestionVersionTable.body}->>'stem'`,
      })
      .from(AttemptItemTable)
      .innerJoin(AttemptTable, eq(AttemptTable.id, AttemptItemTable.attemptId))
      .innerJoin(QuestionVersionTable, eq(QuestionVersionTable.id, AttemptItemTable.questionVersionId))
      .where(gradedByClass),
  ]);

  const groups = groupByTest(attempts, slots);
  return {
    class: taught,
    tests: tests.map((test) => {
      const group = groups.get(test.testId);
      const figures = testStatisticsFrom(group?.attempts ?? [], group?.slots ?? [], include);
      const items = figures.items.map((item) => ({ ...item, review: reviewItem(item) }));
      return {
        testId: test.testId,
        title: test.title,
        dueAt: test.dueAt,
        statisticsHref: `/teach/courses/${test.courseId}/tests/${test.testId}/statistics`,
        summary: figures.summary,
        reliability: reliabilityBand(figures.summary.internalConsistency),
        items,
        flaggedCount: items.filter((item) => item.review.flagged).length,
      };
    }),
  };
}
