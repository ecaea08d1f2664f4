import { describe, expect, it } from "vitest";
import { ATTEMPT_STATES, REVIEW_TIMINGS, type AttemptState, type ReviewTiming } from "@/drizzle/schema/enum-values";
import { reviewVisibility, type ReviewVisibilityInput } from "@/features/tests/lib/review-policy";

const CLOSES_AT = new Date("2030-03-01T12:00:00Z");
const BEFORE_CLOSE = new Date("2030-03-01T11:00:00Z");
const WITHIN_GRACE = new Date("2030-03-01T12:00:10Z");
const AFTER_CLOSE = new Date("2030-03-01T12:00:16Z");
const FINISHED_STATES = ATTEMPT_STATES.filter((state) => state !== "in_progress");

function visibility(timing: ReviewTiming, state: AttemptState, overrides: Partial<ReviewVisibilityInput> = {}) {
  return reviewVisibility({
    feedbackTiming: timing,
    correctAnswersTiming: timing,
    attemptState: state,
    closesAt: CLOSES_AT,
    now: BEFORE_CLOSE,
    ...overrides,
  });
}

describe("reviewVisibility — during an attempt", () => {
  it("never shows correct answers or feedback during an attempt unless the policy is immediately", () => {
    for (const timing of REVIEW_TIMINGS.filter((candidate) => candidate !== "immediately")) {
      for (const now of [BEFORE_CLOSE, WITHIN_GRACE, AFTER_CLOSE]) {
        for (const closesAt of [CLOSES_AT, null]) {
          for (const questionAnswered of [false, true]) {
            const seen = visibility(timing, "in_progress", { now, closesAt, questionAnswered });
            expect(seen, `${timing} at ${now.toISOString()}`).toMatchObject({ showCorrectAnswers: false, showFeedback: false });
          }
        }
      }
    }
  });

  it("with immediately, shows them for an answered question only", () => {
    expect(visibility("immediately", "in_progress", { questionAnswered: true })).toMatchObject({ showFeedback: true, showCorrectAnswers: true });
    expect(visibility("immediately", "in_progress", { questionAnswered: false })).toMatchObject({ showFeedback: false, showCorrectAnswers: false });
    expect(visibility("immediately", "in_progress")).toMatchObject({ showFeedback: false, showCorrectAnswers: false });
  });

  it("shows no score while in progress", () => {
    expect(visibility("immediately", "in_progress", { questionAnswered: true }).showScore).toBe(false);
  });
});

describe("reviewVisibility — after the attempt", () => {
  it("immediately and after_submit show everything once the attempt is finished, answered or not", () => {
    for (const timing of ["immediately", "after_submit"] as const) {
      for (const state of FINISHED_STATES) {
        expect(visibility(timing, state), `${timing} ${state}`).toMatchObject({ showFeedback: true, showCorrectAnswers: true });
      }
    }
  });

  it("after_close waits for the close time and its grace, while others may still submit", () => {
    expect(visibility("after_close", "graded", { now: BEFORE_CLOSE })).toMatchObject({ showFeedback: false, showCorrectAnswers: false });
    expect(visibility("after_close", "graded", { now: WITHIN_GRACE })).toMatchObject({ showFeedback: false, showCorrectAnswers: false });
    expect(visibility("after_close", "graded", { now: AFTER_CLOSE })).toMatchObject({ showFeedback: true, showCorrectAnswers: true });
  });

  it("after_close with no close time behaves as after_submit", () => {
    expect(visibility("after_close", "submitted", { closesAt: null })).toMatchObject({ showFeedback: true, showCorrectAnswers: true });
    expect(visibility("after_close", "in_progress", { closesAt: null, questionAnswered: true })).toMatchObject({ showCorrectAnswers: false });
  });

  it("never shows nothing, even long after closing", () => {
    for (const state of ATTEMPT_STATES) {
      expect(visibility("never", state, { now: AFTER_CLOSE, questionAnswered: true })).toMatchObject({ showFeedback: false, showCorrectAnswers: false });
    }
  });

  it("applies feedback and correct-answer timings independently", () => {
    const seen = reviewVisibility({
      feedbackTiming: "after_submit",
      correctAnswersTiming: "after_close",
      attemptState: "graded",
      closesAt: CLOSES_AT,
      now: BEFORE_CLOSE,
    });
    expect(seen).toMatchObject({ showFeedback: true, showCorrectAnswers: false });
  });
});

describe("reviewVisibility — score", () => {
  it("shows a provisional score when submitted or overdue, a final one when graded, none when abandoned", () => {
    const score = (state: AttemptState) => {
      const { showScore, scoreIsFinal } = visibility("never", state);
      return { showScore, scoreIsFinal };
    };
    expect(score("submitted")).toEqual({ showScore: true, scoreIsFinal: false });
    expect(score("overdue")).toEqual({ showScore: true, scoreIsFinal: false });
    expect(score("graded")).toEqual({ showScore: true, scoreIsFinal: true });
    expect(score("abandoned")).toEqual({ showScore: false, scoreIsFinal: false });
  });
});
