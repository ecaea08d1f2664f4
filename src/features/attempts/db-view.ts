import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import { AssignmentTable, AttemptItemTable, AttemptTable, CourseTable, QuestionVersionTable, TestTable, type User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { reviewVisibility } from "@/features/tests/lib/review-policy";
import { presentQuestion, presentReview, type LearnerQuestion, type LearnerSlotReview } from "./lib/present";
import { closeAttemptIfOverdue } from "./db-close";

export type LearnerAttemptView = Awaited<ReturnType<typeof selectAttemptForLearner>>;

/**
 * `slot`: only that slot's item in `slots` (what an autosave answers with), and no overdue check:
 * the save that precedes it has just checked the deadline in its own transaction.
 */
export type AttemptViewOptions = { slot?: number };

/**
 * One of the learner's own attempts as their browser may see it: questions without answer
 * keys, their saved responses, and whatever review the test's policy allows right now. An
 * attempt whose deadline has passed is closed first, so a reload never shows a live timer
 * for an attempt that is over.
 */
export async function selectAttemptForLearner(learner: User, attemptId: string, options: AttemptViewOptions = {}) {
  const db = await getDb();
  if (options.slot === undefined) await closeAttemptIfOverdue(db, attemptId);
  const [row] = await db
    .select({
      attempt: AttemptTable,
      test: {
        id: TestTable.id,
        title: TestTable.title,
        description: TestTable.description,
        timeLimitSeconds: TestTable.timeLimitSeconds,
        feedbackTiming: TestTable.feedbackTiming,
        correctAnswersTiming: TestTable.correctAnswersTiming,
        testClosesAt: TestTable.closesAt,
      },
      course: { slug: CourseTable.slug, title: CourseTable.title },
      assignmentClosesAt: AssignmentTable.closesAt,
      assignmentDueAt: AssignmentTable.dueAt,
    })
    .from(AttemptTable)
    .innerJoin(TestTable, eq(TestTable.id, AttemptTable.testId))
    .innerJoin(CourseTable, eq(CourseTable.id, TestTable.courseId))
    .leftJoin(AssignmentTable, eq(AssignmentTable.id, AttemptTable.assignmentId))
    .where(and(eq(AttemptTable.id, attemptId), eq(AttemptTable.userId, learner.id)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "That attempt does not exist or is not yours.");
  const { attempt, test, course } = row;
  const closesAt = row.assignmentClosesAt ?? test.testClosesAt;
  const now = new Date();

  const items = await db
    .select({
      slot: AttemptItemTable.slot,
      points: AttemptItemTable.points,
      optionOrder: AttemptItemTable.optionOrder,
      response: AttemptItemTable.response,
      score: AttemptItemTable.score,
      feedback: AttemptItemTable.feedback,
      gradedBy: AttemptItemTable.gradedBy,
      needsManualGrading: AttemptItemTable.needsManualGrading,
      body: QuestionVersionTable.body,
    })
    .from(AttemptItemTable)
    .innerJoin(QuestionVersionTable, eq(QuestionVersionTable.id, AttemptItemTable.questionVersionId))
    .where(and(eq(AttemptItemTable.attemptId, attempt.id), options.slot === undefined ? undefined : eq(AttemptItemTable.slot, options.slot)))
    .orderBy(asc(AttemptItemTable.slot));

  const slots: { slot: number; points: number; question: LearnerQuestion; response: unknown; answered: boolean; pendingGrading: boolean; review: LearnerSlotReview }[] =
    items.map((item) => {
      const answered = item.response !== null;
      const visibility = reviewVisibility({
        feedbackTiming: test.feedbackTiming,
        correctAnswersTiming: test.correctAnswersTiming,
        attemptState: attempt.state,
        closesAt,
        now,
        questionAnswered: answered,
      });
      return {
        slot: item.slot,
        points: item.points,
        question: presentQuestion(item.body, item.optionOrder),
        response: item.response,
        answered,
        pendingGrading: item.needsManualGrading,
        review: presentReview(item.body, item, visibility),
      };
    });
  const attemptVisibility = reviewVisibility({
    feedbackTiming: test.feedbackTiming,
    correctAnswersTiming: test.correctAnswersTiming,
    attemptState: attempt.state,
    closesAt,
    now,
    questionAnswered: true,
  });

  return {
    attempt: {
      id: attempt.id,
      number: attempt.attemptNumber,
      state: attempt.state,
      startedAt: attempt.startedAt,
      deadlineAt: attempt.deadlineAt,
      submittedAt: attempt.submittedAt,
      closedBy: attempt.closedBy,
      maxScore: attempt.maxScore,
      score: attemptVisibility.showScore ? attempt.score : undefined,
      late: Boolean(row.assignmentDueAt && attempt.submittedAt && attempt.submittedAt > row.assignmentDueAt),
    },
    test: {
      id: test.id,
      title: test.title,
      description: test.description,
      timeLimitSeconds: test.timeLimitSeconds,
      closesAt,
      // With immediate feedback the server keeps the first saved answer (see saveAttemptAnswer).
      answersAreFinal: test.feedbackTiming === "immediately" || test.correctAnswersTiming === "immediately",
    },
    assignmentId: attempt.assignmentId,
    course,
    serverNow: now,
    slots,
  };
}
