import { describe, expect, it } from "vitest";
import { RATING_LABELS, suggestRating } from "./suggest-rating";

const right = { correct: true, score: 1 };
const ratingOf = (input: Parameters<typeof suggestRating>[0]) => suggestRating(input).rating;

describe("suggestRating", () => {
  it("suggests Again below half the marks and Hard from half up to full marks", () => {
    expect(suggestRating({ correct: false, score: 0.49, durationMs: 5_000 })).toEqual({ rating: 1, reason: "Wrong answer" });
    expect(ratingOf({ correct: false, score: 0, durationMs: null })).toBe(1);
    expect(suggestRating({ correct: false, score: 0.5, durationMs: 5_000 })).toEqual({ rating: 2, reason: "Partly right" });
    expect(ratingOf({ correct: false, score: 0.99, durationMs: 5_000 })).toBe(2);
  });

  it("treats an answer not marked correct as partly right even at full marks", () => {
    expect(ratingOf({ correct: false, score: 1, durationMs: 5_000 })).toBe(2);
  });

  it("falls back to the correct flag when the score is not a number", () => {
    expect(ratingOf({ correct: false, score: Number.NaN, durationMs: 15_000 })).toBe(1);
    expect(ratingOf({ correct: true, score: Number.NaN, durationMs: 15_000 })).toBe(3);
  });

  it("suggests Good for a right answer without timing", () => {
    expect(suggestRating({ ...right, durationMs: null })).toEqual({ rating: 3, reason: "Right" });
  });

  it("uses a 20 s typical time by default: over 40 s is Hard, under 10 s is Easy", () => {
    expect(ratingOf({ ...right, durationMs: 40_000 })).toBe(3);
    expect(suggestRating({ ...right, durationMs: 40_001 })).toEqual({ rating: 2, reason: "Right, but slow" });
    expect(ratingOf({ ...right, durationMs: 10_000 })).toBe(3);
    expect(suggestRating({ ...right, durationMs: 9_999 })).toEqual({ rating: 4, reason: "Right and quick" });
  });

  it("calls anything over 60 s slow, even for a question that usually takes longer", () => {
    expect(ratingOf({ ...right, durationMs: 60_000, typicalMs: 100_000 })).toBe(3);
    expect(ratingOf({ ...right, durationMs: 60_001, typicalMs: 100_000 })).toBe(2);
    expect(ratingOf({ ...right, durationMs: 49_999, typicalMs: 100_000 })).toBe(4);
  });

  it("calls anything under 8 s quick, even for a question that is usually quicker", () => {
    expect(ratingOf({ ...right, durationMs: 7_999, typicalMs: 10_000 })).toBe(4);
    expect(ratingOf({ ...right, durationMs: 8_000, typicalMs: 10_000 })).toBe(3);
  });

  it("lets slow win over quick when the typical time is tiny", () => {
    expect(ratingOf({ ...right, durationMs: 7_000, typicalMs: 3_000 })).toBe(2);
  });

  it("ignores an unusable typical time", () => {
    expect(ratingOf({ ...right, durationMs: 30_000, typicalMs: 0 })).toBe(3);
    expect(ratingOf({ ...right, durationMs: 30_000, typicalMs: Number.NaN })).toBe(3);
  });
});

describe("RATING_LABELS", () => {
  it("names the four ratings in ts-fsrs order", () => {
    expect(RATING_LABELS).toEqual({ 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" });
  });
});
