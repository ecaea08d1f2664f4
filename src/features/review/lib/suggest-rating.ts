/** The rating we pre-select after a question card is answered; the learner can always change it. */
import type { ReviewRating } from "./scheduler";

export const RATING_LABELS: Record<ReviewRating, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

export const DEFAULT_TYPICAL_MS = 20_000;
/** Slower than this is slow, however long the question usually takes. */
const SLOW_CEILING_MS = 60_000;
/** Faster than this is quick, however short the question usually is. */
const QUICK_FLOOR_MS = 8_000;

export type RatingInput = {
  correct: boolean;
  /** Share of the marks, 0..1. */
  score: number;
  durationMs: number | null;
  /** How long this question usually takes; DEFAULT_TYPICAL_MS when unknown. */
  typicalMs?: number;
};

export type SuggestedRating = { rating: ReviewRating; reason: string };

/**
 * The rule, first match wins:
 * 1. score < 0.5 → Again (wrong).
 * 2. score < 1, or not marked correct → Hard (partly right).
 * 3. slow: over 2× the typical time, or over 60 s → Hard. Slow is checked before quick, so a
 *    question with a tiny typical time is never both.
 * 4. quick: under half the typical time, or under 8 s → Easy.
 * 5. otherwise, or with no timing → Good.
 * Timing only tells apart levels of a right answer: effort matters to memory, but a wrong
 * answer is wrong however fast it came.
 */
export function suggestRating({ correct, score, durationMs, typicalMs }: RatingInput): SuggestedRating {
  // A missing or broken score falls back to the right/wrong flag.
  const share = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : correct ? 1 : 0;
  if (share < 0.5) return { rating: 1, reason: "Wrong answer" };
  if (share < 1 || !correct) return { rating: 2, reason: "Partly right" };
  if (durationMs === null || !Number.isFinite(durationMs) || durationMs < 0) return { rating: 3, reason: "Right" };
  const typical = typicalMs !== undefined && Number.isFinite(typicalMs) && typicalMs > 0 ? typicalMs : DEFAULT_TYPICAL_MS;
  if (durationMs > 2 * typical || durationMs > SLOW_CEILING_MS) return { rating: 2, reason: "Right, but slow" };
  if (durationMs < typical / 2 || durationMs < QUICK_FLOOR_MS) return { rating: 4, reason: "Right and quick" };
  return { rating: 3, reason: "Right" };
}
