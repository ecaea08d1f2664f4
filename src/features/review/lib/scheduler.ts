/**
 * Spaced review on top of ts-fsrs: conversions between our review_cards columns and ts-fsrs's
 * Card, and one review or a preview of all four ratings. ts-fsrs does all the scheduling.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type FSRS, type Grade } from "ts-fsrs";
import type { ReviewState } from "@/drizzle/schema/enum-values";

/** The FSRS memory state, exactly the review_cards columns that hold it. */
export type CardMemory = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  /** Index of the (re)learning step the card is on; 0 once it graduates to review. */
  learningSteps: number;
  reps: number;
  lapses: number;
  state: ReviewState;
  lastReview: Date | null;
};

export type ReviewRating = 1 | 2 | 3 | 4;
export const REVIEW_RATINGS: readonly ReviewRating[] = [1, 2, 3, 4];

/** One review, shaped like the review_logs columns; the memory fields are those BEFORE the review. */
export type ReviewLogEntry = {
  reviewNumber: number;
  rating: ReviewRating;
  state: ReviewState;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  desiredRetention: number;
  nextDue: Date;
  reviewedAt: Date;
};

export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.99;

const TO_FSRS_STATE: Record<ReviewState, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
const FROM_FSRS_STATE: Record<State, ReviewState> = { [State.New]: "new", [State.Learning]: "learning", [State.Review]: "review", [State.Relearning]: "relearning" };
const TO_GRADE: Record<ReviewRating, Grade> = { 1: Rating.Again, 2: Rating.Hard, 3: Rating.Good, 4: Rating.Easy };

export function newCardMemory(due: Date): CardMemory {
  return fromFsrsCard(createEmptyCard(due));
}

export function toFsrsCard(memory: CardMemory): Card {
  return {
    due: memory.due,
    stability: memory.stability,
    difficulty: memory.difficulty,
    elapsed_days: memory.elapsedDays,
    scheduled_days: memory.scheduledDays,
    learning_steps: memory.learningSteps,
    reps: memory.reps,
    lapses: memory.lapses,
    state: TO_FSRS_STATE[memory.state],
    last_review: memory.lastReview ?? undefined,
  };
}

export function fromFsrsCard(card: Card): CardMemory {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: FROM_FSRS_STATE[card.state],
    lastReview: card.last_review ?? null,
  };
}

/**
 * Fuzz spreads cards learnt together over nearby days. ts-fsrs seeds it from the review time,
 * the card's reps and difficulty×stability, so one card reviewed at one instant always gets the
 * same interval (and the preview for an instant matches the review at that instant).
 */
function schedulerFor(desiredRetention: number): FSRS {
  if (!Number.isFinite(desiredRetention) || desiredRetention < MIN_RETENTION || desiredRetention > MAX_RETENTION) {
    throw new RangeError(`Desired retention is between ${MIN_RETENTION} and ${MAX_RETENTION} (got ${desiredRetention})`);
  }
  return fsrs(generatorParameters({ request_retention: desiredRetention, enable_fuzz: true, maximum_interval: 36500 }));
}

function checkReviewTime(memory: CardMemory, now: Date): void {
  if (Number.isNaN(now.getTime())) throw new RangeError("The review time is not a valid date");
  // A review before the last one would give ts-fsrs negative elapsed days.
  if (memory.lastReview && now < memory.lastReview) throw new RangeError("The review time is before the card's last review");
}

export function scheduleReview(memory: CardMemory, rating: ReviewRating, now: Date, desiredRetention: number): { next: CardMemory; log: ReviewLogEntry } {
  if (!REVIEW_RATINGS.includes(rating)) throw new RangeError(`A rating is 1, 2, 3 or 4 (got ${rating})`);
  const f = schedulerFor(desiredRetention);
  checkReviewTime(memory, now);
  const { card, log } = f.next(toFsrsCard(memory), now, TO_GRADE[rating]);
  const next = fromFsrsCard(card);
  return {
    next,
    log: {
      reviewNumber: memory.reps,
      rating,
      state: FROM_FSRS_STATE[log.state],
      // ts-fsrs's log.due is `last_review ?? due` (for its rollback); we keep the due date the card had.
      due: memory.due,
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      lastElapsedDays: log.last_elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      desiredRetention,
      nextDue: next.due,
      reviewedAt: log.review,
    },
  };
}

/** The next due date each rating would give, for labelling the rating buttons. */
export function previewIntervals(memory: CardMemory, now: Date, desiredRetention: number): Record<ReviewRating, Date> {
  const f = schedulerFor(desiredRetention);
  checkReviewTime(memory, now);
  const preview = f.repeat(toFsrsCard(memory), now);
  return { 1: preview[Rating.Again].card.due, 2: preview[Rating.Hard].card.due, 3: preview[Rating.Good].card.due, 4: preview[Rating.Easy].card.due };
}

/**
 * The chance of recalling the card at `now` from FSRS's forgetting curve (0..1). It depends on
 * stability and time since the last review only, not on the desired retention. A new (never
 * reviewed) card returns 0, as ts-fsrs does.
 */
export function recallProbability(memory: CardMemory, now: Date): number {
  if (memory.state === "new" || !memory.lastReview) return 0;
  return fsrs().get_retrievability(toFsrsCard(memory), now, false);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A short interval for a button: "<1 min", "10 min", "1 h", "3 d", "2 mo", "1.2 y" (30-day months, 365-day years). */
export function formatInterval(from: Date, to: Date): string {
  const ms = to.getTime() - from.getTime();
  if (ms < MINUTE) return "<1 min";
  // Each unit is chosen on the rounded value, so 59.6 minutes reads "1 h", not "60 min".
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(ms / HOUR);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(ms / DAY);
  if (days < 30) return `${days} d`;
  if (days < 365) return `${Math.min(12, Math.round(days / 30))} mo`;
  return `${Number((days / 365).toFixed(1))} y`;
}
