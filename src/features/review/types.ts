import type { ReviewCardSource } from "@/drizzle/schema/enum-values";
import type { LearnerQuestion, LearnerSlotReview } from "@/features/attempts/lib/present";
import type { ForecastDay } from "./lib/days";
import type { ReviewRating } from "./lib/scheduler";

/** A card as the review page shows it: a question without its answer key, or the learner's own flashcard. */
export type ReviewCardView = {
  cardId: string;
  /** The card's reps: sent back with the rating so a repeated rating replays instead of counting twice. */
  reps: number;
  source: ReviewCardSource;
  starred: boolean;
  courseTitle: string | null;
  /** When each rating would bring the card back ("10 min", "3 d"), shown on the buttons. */
  intervals: Record<ReviewRating, string>;
} & ({ kind: "question"; question: LearnerQuestion } | { kind: "flashcard"; front: string; back: string; frontHtml: string; backHtml: string });

export type ReviewCheck = {
  correct: boolean;
  score: number;
  review: LearnerSlotReview;
  suggested: { rating: ReviewRating; reason: string };
};

export type ReviewOutcome = { cardId: string; rating: ReviewRating; nextDue: string; replayed: boolean };

export type ReviewSummary = {
  timeZone: string;
  timeZoneSet: boolean;
  desiredRetention: number;
  dueToday: number;
  reviewedToday: number;
  totalCards: number;
  forecast: ForecastDay[];
};
