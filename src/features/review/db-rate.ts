import "server-only";
import { sql } from "drizzle-orm";
import { getDb, type Database } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import { ReviewCardTable, ReviewLogTable, type User } from "@/drizzle/schema";
import { isUniqueViolation } from "@/drizzle/errors";
import { AppError } from "@/lib/errors";
import { gradeObjectiveAnswer } from "@/features/questions/lib/grade-objective";
import { presentReview } from "@/features/attempts/lib/present";
import { scheduleReview, type ReviewRating } from "./lib/scheduler";
import { suggestRating } from "./lib/suggest-rating";
import { assertDue, assertNotInOpenTest, cardSelectSql, memoryOf, selectLearnerSchedule, selectOwnCard, type CardRow } from "./db";
import type { ReviewCheck, ReviewOutcome } from "./types";

/**
 * Marks the learner's answer to a due question card and suggests a rating from correctness and
 * answer time. Writes nothing: the rating the learner confirms is what gets recorded.
 */
export async function checkReviewAnswer(learner: Pick<User, "id">, cardId: string, response: unknown, durationMs: number | null, now: Date): Promise<ReviewCheck> {
  const db = await getDb();
  const [card, schedule] = await Promise.all([selectOwnCard(db, learner.id, cardId), selectLearnerSchedule(db, learner.id)]);
  assertDue(card, now, schedule);
  await assertNotInOpenTest(db, learner.id, card);
  if (!card.body) throw new AppError("BAD_REQUEST", "This card is a flashcard: show its answer instead.");
  const score = gradeObjectiveAnswer(card.body, response);
  const review = presentReview(card.body, { response, score, feedback: null }, { showScore: true, showFeedback: true, showCorrectAnswers: true });
  return { correct: score >= 1, score, review, suggested: suggestRating({ correct: score >= 1, score, durationMs }) };
}

type LogRow = { rating: number; next_due: Date | string };

async function selectLoggedReview(db: Database, cardId: string, reviewNumber: number): Promise<LogRow | undefined> {
  const [row] = await selectRows<LogRow>(db, sql`select rating, next_due from ${ReviewLogTable} where card_id = ${cardId} and review_number = ${reviewNumber}`);
  return row;
}

export type RatingInput = { rating: ReviewRating; reps: number; response?: unknown; durationMs: number | null };

/**
 * Records a rating once. The card's reps at the time it was shown is the idempotency key: the
 * card row is locked, and a rating whose reps no longer match replays the logged review (or is
 * refused if that review never happened). The card update and its log row commit together;
 * the log's unique (card, review number) is the last line of defence against a double count.
 */
export async function rateReviewCard(learner: Pick<User, "id">, cardId: string, input: RatingInput, now: Date): Promise<ReviewOutcome> {
  const db = await getDb();
  const schedule = await selectLearnerSchedule(db, learner.id);
  const replay = async (): Promise<ReviewOutcome> => {
    const logged = await selectLoggedReview(db, cardId, input.reps);
    if (!logged) throw new AppError("CONFLICT", "This card has changed since it was shown; reload the review to continue.");
    return { cardId, rating: Number(logged.rating) as ReviewRating, nextDue: new Date(logged.next_due).toISOString(), replayed: true };
  };
  try {
    const written = await db.transaction(async (tx) => {
      // The card with its question's current wording, locked: concurrent ratings queue here.
      const [card] = await selectRows<CardRow>(tx, sql`${cardSelectSql} where rc.id = ${cardId} and rc.user_id = ${learner.id} for update of rc`);
      if (!card) throw new AppError("NOT_FOUND", "That review card does not exist or is not yours.");
      if (Number(card.reps) !== input.reps) return null;
      assertDue(card, now, schedule);
      await assertNotInOpenTest(tx, learner.id, card);
      const score = input.response !== undefined && card.body ? gradeObjectiveAnswer(card.body, input.response) : null;
      const correct = score === null ? null : score >= 1;
      const { next, log } = scheduleReview(memoryOf(card), input.rating, now, schedule.desiredRetention);
      const suggested = score === null ? null : suggestRating({ correct: score >= 1, score, durationMs: input.durationMs }).rating;
      await tx.execute(
        sql`update ${ReviewCardTable} set due = ${next.due.toISOString()}::timestamptz, stability = ${next.stability}, difficulty = ${next.difficulty},
              elapsed_days = ${next.elapsedDays}, scheduled_days = ${next.scheduledDays}, learning_steps = ${next.learningSteps}, reps = ${next.reps},
              lapses = ${next.lapses}, state = ${next.state}, last_review = ${now.toISOString()}::timestamptz, updated_at = now()
            where id = ${cardId} and user_id = ${learner.id} and reps = ${input.reps}`,
      );
      await tx.insert(ReviewLogTable).values({
        cardId,
        userId: learner.id,
        reviewNumber: log.reviewNumber,
        rating: log.rating,
        suggestedRating: suggested,
        correct,
        durationMs: input.durationMs,
        state: log.state,
        due: log.due,
        stability: log.stability,
        difficulty: log.difficulty,
        elapsedDays: log.elapsedDays,
        lastElapsedDays: log.lastElapsedDays,
        scheduledDays: log.scheduledDays,
        learningSteps: log.learningSteps,
        desiredRetention: log.desiredRetention,
        nextDue: log.nextDue,
        reviewedAt: log.reviewedAt,
      });
      return { cardId, rating: input.rating, nextDue: next.due.toISOString(), replayed: false };
    });
    return written ?? (await replay());
  } catch (error) {
    if (isUniqueViolation(error)) return replay();
    throw error;
  }
}
