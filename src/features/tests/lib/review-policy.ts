import type { AttemptState, ReviewTiming } from "@/drizzle/schema/enum-values";
import { isPastDeadline } from "@/features/tests/lib/deadline";

export interface ReviewVisibilityInput {
  feedbackTiming: ReviewTiming;
  correctAnswersTiming: ReviewTiming;
  attemptState: AttemptState;
  /**
   * The test's (or assignment's) close time. Pass the latest close that still lets anyone
   * attempt (extensions included), or answers leak to learners still working.
   */
  closesAt: Date | null;
  now: Date;
  /** Whether this question has an answer; only matters for "immediately" during an attempt. */
  questionAnswered?: boolean;
}

export interface ReviewVisibility {
  /** The attempt's total score. */
  showScore: boolean;
  /** False while a teacher still has to grade part of it: show the score as provisional. */
  scoreIsFinal: boolean;
  /** Feedback, and the per-question marks (they tell which answers were right, so they go together). */
  showFeedback: boolean;
  showCorrectAnswers: boolean;
}

/**
 * immediately: once the question is answered, even during the attempt; after_submit: once the
 * attempt is no longer in progress; after_close: also once the close time plus the network grace
 * has passed (so no one can still submit) — with no close time it behaves as after_submit; never.
 */
function timingReached(timing: ReviewTiming, input: ReviewVisibilityInput): boolean {
  const finished = input.attemptState !== "in_progress";
  switch (timing) {
    case "immediately":
      return finished || input.questionAnswered === true;
    case "after_submit":
      return finished;
    case "after_close":
      return finished && (input.closesAt === null || isPastDeadline(input.closesAt, input.now));
    case "never":
      return false;
  }
}

/**
 * What a learner may see of one question of their attempt (teachers see everything).
 * The total shows from submission: objective questions are marked then, so a submitted or
 * overdue attempt shows a provisional score until a teacher grades the rest. An abandoned
 * attempt has no score to show.
 */
export function reviewVisibility(input: ReviewVisibilityInput): ReviewVisibility {
  const { attemptState } = input;
  const scored = attemptState === "submitted" || attemptState === "overdue" || attemptState === "graded";
  return {
    showScore: scored,
    scoreIsFinal: attemptState === "graded",
    showFeedback: timingReached(input.feedbackTiming, input),
    showCorrectAnswers: timingReached(input.correctAnswersTiming, input),
  };
}
