import { describe, expect, it } from "vitest";
import { calculateItemStatistics, itemSeries, type ScoredAttempt } from "@/features/tests/lib/statistics-items";

describe("itemSeries", () => {
  it("pairs each included score with the rest of that attempt's total and skips absent items", () => {
    const attempts: ScoredAttempt[] = [
      { itemScores: { a: 1, b: 2 }, total: 3 },
      { itemScores: { b: 1 }, total: 1 },
      { itemScores: { a: 0.5, b: 0 }, total: 0.5 },
    ];
    expect(itemSeries("a", attempts)).toEqual({ scores: [1, 0.5], rests: [2, 0] });
  });

  it("does not read an item keyed like an Object.prototype member off the prototype", () => {
    expect(itemSeries("constructor", [{ itemScores: {}, total: 0 }])).toEqual({ scores: [], rests: [] });
  });
});

describe("calculateItemStatistics", () => {
  it("explains every undefined figure of an item whose maximum is 0", () => {
    const stats = calculateItemStatistics({ key: "a", maxMark: 0 }, [
      { itemScores: { a: 0 }, total: 1 },
      { itemScores: { a: 0 }, total: 2 },
    ]);
    expect(stats).toMatchObject({ attemptCount: 2, facility: null, standardDeviation: null, discriminationIndex: null });
    expect(stats.notes).toMatchObject({ facility: "The item's maximum mark is 0.", standardDeviation: "The item's maximum mark is 0." });
    expect(stats.notes.discriminationIndex).toMatch(/scored the same on this item/);
  });

  it("computes discrimination against the rest of the test, not the total", () => {
    // x = 0, 1, 2; rest = 2, 1, 0 → r = −1 (against totals 2, 2, 2 it would be undefined).
    const attempts = [0, 1, 2].map((score) => ({ itemScores: { a: score }, total: 2 }));
    const stats = calculateItemStatistics({ key: "a", maxMark: 2 }, attempts);
    expect(stats.discriminationIndex).toBeCloseTo(-100, 9);
    expect(stats.discriminativeEfficiency).toBeCloseTo(-100, 9); // C = −1, C_max = 1
  });
});
