import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Database } from "@/drizzle/db";
import { AttemptItemTable, AttemptTable, QuestionVersionTable, TestTable, type AttemptState, type User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { gradeResponse, isAnswered, ResponseError } from "@/features/questions/lib/grade";
import { closeAttemptIfOverdue, finaliseClosedAttempts, withinDeadlineSql } from "./db-close";

export { startAttempt } from "./db-start";

export type AttemptOutcome = {
  attemptId: string;
  state: AttemptState;
  score: number | null;
  maxScore: number;
  submittedAt: Date | null;
  closedBy: "learner" | "deadline" | null;
};

const outcomeColumns = {
  attemptId: AttemptTable.id,
  state: AttemptTable.state,
  score: AttemptTable.score,
  maxScore: AttemptTable.maxScore,
  submittedAt: AttemptTable.submittedAt,
  closedBy: AttemptTable.closedBy,
  deadlineAt: AttemptTable.deadlineAt,
};

async function selectOwnAttempt(db: Database, learner: Pick<User, "id">, attemptId: string) {
  const [attempt] = await db
    .select(outcomeColumns)
    .from(AttemptTable)
    .where(and(eq(AttemptTable.id, attemptId), eq(AttemptTable.userId, learner.id)))
    .limit(1);
  if (!attempt) throw new AppError("NOT_FOUND", "That attempt does not exist or is not yours.");
  return attempt;
}

function closedError(attempt: { state: AttemptState; deadlineAt: Date | null; closedBy: string | null }): AppError {
  if (attempt.closedBy === "deadline" || attempt.state === "abandoned") {
    const at = attempt.deadlineAt ? ` at ${attempt.deadlineAt.toISOString()}` : "";
    return new AppError("CONFLICT", `Time ran out${at}: your saved answers were submitted and cannot be changed.`, { state: attempt.state });
  }
  return new AppError("CONFLICT", "This attempt has been submitted; answers can no longer change.", { state: attempt.state });
}

/** Why a conditional write touched nothing: closes the attempt if its time is up, and says so. */
async function explainClosedAttempt(db: Database, learner: Pick<User, "id">, attemptId: string): Promise<AppError> {
  await closeAttemptIfOverdue(db, attemptId);
  return closedError(await selectOwnAttempt(db, learner, attemptId));
}

/**
 * Autosaves one answer. The response is validated and graded against the version the slot
 * pinned (the score stays hidden until the test's policy shows it); the write happens only
 * while the attempt is in progress and before its deadline, checked by the database clock.
 */
export async function saveAttemptAnswer(learner: User, attemptId: string, slot: number, response: unknown): Promise<{ savedAt: Date }> {
  const db = await getDb();
  const [item] = await db
    .select({
      body: QuestionVersionTable.body,
      previous: AttemptItemTable.response,
      feedbackTiming: TestTable.feedbackTiming,
      correctAnswersTiming: TestTable.correctAnswersTiming,
    })
    .from(AttemptItemTable)
    .innerJoin(AttemptTable, eq(AttemptTable.id, AttemptItemTable.attemptId))
    .innerJoin(TestTable, eq(TestTable.id, AttemptTable.testId))
    .innerJoin(QuestionVersionTable, eq(QuestionVersionTable.id, AttemptItemTable.questionVersionId))
    .where(and(eq(AttemptItemTable.attemptId, attemptId), eq(AttemptItemTable.slot, slot), eq(AttemptTable.userId, learner.id)))
    .limit(1);
  if (!item) throw new AppError("NOT_FOUND", "That question is not part of an attempt of yours.");
  // With immediate feedback the learner sees the verdict at once, so the first answer is final.
  const answerIsFinal = item.feedbackTiming === "immediately" || item.correctAnswersTiming === "immediately";
  if (answerIsFinal && item.previous !== null) throw new AppError("CONFLICT", "You have checked this answer already; it is final.");

  let stored: { response: unknown; score: number | null; needsManualGrading: boolean };
  try {
    // Validate the shape first: a malformed response is an error, never a silent "cleared".
    const outcome = response === null ? null : gradeResponse(item.body, response);
    if (outcome === null || !isAnswered(item.body, response)) stored = { response: null, score: null, needsManualGrading: false };
    else if (outcome.kind === "manual") stored = { response, score: null, needsManualGrading: true };
    else stored = { response, score: outcome.fraction, needsManualGrading: false };
  } catch (error) {
    if (error instanceof ResponseError) throw new AppError("BAD_REQUEST", error.message);
    throw error;
  }

  const saved = await db.transaction(async (tx) => {
    // Taking the attempt's row lock orders this save against a concurrent submit or close.
    const [open] = await tx
      .update(AttemptTable)
      .set({ lastSavedAt: sql`now()` })
      .where(and(eq(AttemptTable.id, attemptId), eq(AttemptTable.userId, learner.id), eq(AttemptTable.state, "in_progress"), withinDeadlineSql))
      .returning({ savedAt: AttemptTable.lastSavedAt });
    if (!open?.savedAt) return null;
    const written = await tx
      .update(AttemptItemTable)
      .set({
        response: stored.response,
        score: stored.score === null ? null : sql`${stored.score}::double precision * ${AttemptItemTable.points}`,
        needsManualGrading: stored.needsManualGrading,
        savedAt: open.savedAt,
      })
      .where(
        and(
          eq(AttemptItemTable.attemptId, attemptId),
          eq(AttemptItemTable.slot, slot),
          answerIsFinal ? sql`${AttemptItemTable.response} is null` : undefined,
        ),
      )
      .returning({ slot: AttemptItemTable.slot });
    if (written.length === 0) throw new AppError("CONFLICT", "You have checked this answer already; it is final.");
    return open.savedAt;
  });
  if (!saved) throw await explainClosedAttempt(db, learner, attemptId);
  return { savedAt: saved };
}

/**
 * Submits an attempt exactly once. The conditional UPDATE (still in progress, before the
 * deadline) picks one winner among concurrent submits; the winner's transaction then totals
 * the marks. Everyone — winner and duplicates — gets the attempt's final outcome.
 */
export async function submitAttempt(learner: User, attemptId: string): Promise<AttemptOutcome & { duplicate: boolean }> {
  const db = await getDb();
  const won = await db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(AttemptTable)
      .set({ state: "submitted", closedBy: "learner", submittedAt: sql`now()` })
      .where(and(eq(AttemptTable.id, attemptId), eq(AttemptTable.userId, learner.id), eq(AttemptTable.state, "in_progress"), withinDeadlineSql))
      .returning({ id: AttemptTable.id });
    if (!claimed) return false;
    await finaliseClosedAttempts(tx, [claimed.id]);
    return true;
  });
  const attempt = await selectOwnAttempt(db, learner, attemptId);
  // Still open but the write was refused: the deadline has passed.
  if (!won && attempt.state === "in_progress") throw await explainClosedAttempt(db, learner, attemptId);
  const { attemptId: id, state, score, maxScore, submittedAt, closedBy } = attempt;
  return { attemptId: id, state, score, maxScore, submittedAt, closedBy, duplicate: !won };
}
