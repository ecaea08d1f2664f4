import { describe, expect, it } from "vitest";
import { calculateTestStatistics, selectFirstAttempts, type StatisticsAttempt } from "@/features/tests/lib/statistics";

const PRECISION = 6;

function attempt(userId: string, attemptNumber: number, itemScores: Record<string, number>, maxTotal: number): StatisticsAttempt {
  const total = Object.values(itemScores).reduce((sum, score) => sum + score, 0);
  return { userId, attemptNumber, itemScores, total, maxTotal };
}

/** Every null figure must say why, and no figure may be NaN or infinite. */
function expectExplained(figures: object, notes: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(figures)) {
    if (value === null) expect(notes[name], `${name} has no note`).toEqual(expect.any(String));
    if (typeof value === "number") expect(Number.isFinite(value), `${name} is ${value}`).toBe(true);
  }
}

const threeItems = [
  { key: "A", maxMark: 1 },
  { key: "B", maxMark: 1 },
  { key: "C", maxMark: 2 },
];

describe("calculateTestStatistics — edge cases", () => {
  it("with no attempts, returns nulls that explain themselves", () => {
    const { test, items } = calculateTestStatistics({ items: threeItems, attempts: [] });
    expect(test.attemptCount).toBe(0);
    expect(test.meanPercent).toBeNull();
    expect(test.notes.meanPercent).toBe("No attempts to analyse.");
    expectExplained(test, test.notes);
    for (const item of items) expectExplained(item, item.notes);
  });

  it("with one attempt, gives mean and median but no spread-based figure", () => {
    const { test, items } = calculateTestStatistics({ items: threeItems, attempts: [attempt("u1", 1, { A: 1, B: 0, C: 2 }, 4)] });
    expect(test).toMatchObject({ attemptCount: 1, meanMarks: 3, medianMarks: 3, meanPercent: 75, medianPercent: 75 });
    expect(test).toMatchObject({ standardDeviationPercent: null, skewness: null, kurtosis: null, internalConsistency: null, standardErrorPercent: null });
    expect(test.notes.skewness).toBe("Needs at least 3 attempts.");
    expect(items[0]).toMatchObject({ attemptCount: 1, facility: 100, standardDeviation: null, discriminationIndex: null });
    expect(items[0]?.notes.discriminationIndex).toBe("Needs at least 2 attempts that include the item.");
    expectExplained(test, test.notes);
    for (const item of items) expectExplained(item, item.notes);
  });

  it("with identical attempts, reports zero spread and leaves shape and consistency undefined", () => {
    const attempts = ["u1", "u2", "u3", "u4"].map((userId) => attempt(userId, 1, { A: 1, B: 0, C: 1.5 }, 4));
    const { test, items } = calculateTestStatistics({ items: threeItems, attempts });
    expect(test.meanPercent).toBeCloseTo(62.5, PRECISION);
    expect(test.standardDeviationPercent).toBe(0);
    expect(test.standardDeviationMarks).toBe(0);
    expect(test).toMatchObject({ skewness: null, kurtosis: null, internalConsistency: null, errorRatio: null, standardErrorMarks: null });
    expect(test.notes.kurtosis).toMatch(/same total/);
    expect(items.map((item) => [item.key, item.facility, item.standardDeviation, item.discriminationIndex])).toEqual([
      ["A", 100, 0, null],
      ["B", 0, 0, null],
      ["C", 75, 0, null],
    ]);
    expect(items.map((item) => item.flags.map((flag) => flag.code))).toEqual([["too_easy"], ["too_hard"], []]);
    expectExplained(test, test.notes);
    for (const item of items) expectExplained(item, item.notes);
  });

  it("with one item, has no CIC and no rest-of-test to correlate with", () => {
    // Scores 2, 1, 1, 0 of 2: V = 2/3; percents 100, 50, 50, 0 → m2 = 1250, m3 = 0, m4 = 3125000
    const attempts = [2, 1, 1, 0].map((score, index) => attempt(`u${index}`, 1, { only: score }, 2));
    const { test, items } = calculateTestStatistics({ items: [{ key: "only", maxMark: 2 }], attempts });
    expect(test.standardDeviationPercent).toBeCloseTo(40.824829046, PRECISION); // 100·√(2/3)/2
    expect(test.skewness).toBe(0);
    // k2 = 4·1250/3; k4 = 16·(5·3125000 − 9·1250²)/6 = 20833333.3…; k4/k2² = 1.5
    expect(test.kurtosis).toBeCloseTo(1.5, PRECISION);
    expect(test.internalConsistency).toBeNull();
    expect(test.notes.internalConsistency).toBe("Needs at least 2 items that attempts included.");
    expect(items[0]).toMatchObject({ facility: 50, discriminationIndex: null, discriminativeEfficiency: null });
    expect(items[0]?.standardDeviation).toBeCloseTo(40.824829046, PRECISION);
    expect(items[0]?.notes.discriminationIndex).toMatch(/rest of the test scored the same/);
  });

  it("treats float noise in equal totals as no spread rather than a wild correlation", () => {
    // 0.1 + 0.2 and 0.3 are the same mark; neither SD nor discrimination should notice the 5e-17.
    const attempts = [attempt("u1", 1, { A: 0.1, B: 0.2 }, 1), attempt("u2", 1, { A: 0.3, B: 0 }, 1), attempt("u3", 1, { A: 0.2, B: 0.1 }, 1)];
    const { test } = calculateTestStatistics({ items: threeItems.slice(0, 2), attempts });
    expect(test.standardDeviationMarks).toBe(0);
    expect(test.internalConsistency).toBeNull();
  });

  it("snaps a correlation that is exactly 0 to 0, so float residue never flags it as negative", () => {
    // Exactly: C(x, y) = 0 (checked in tenths); in floats it comes out near −7e-18.
    const xs = [0.2, 0, 0.7, 0.5, 1];
    const ys = [1, 0.5, 0.7, 0.1, 0.7];
    const attempts = xs.map((x, index) => attempt(`u${index}`, 1, { X: x, Y: ys[index] ?? 0 }, 2));
    const { items, test } = calculateTestStatistics({ items: [{ key: "X", maxMark: 1 }, { key: "Y", maxMark: 1 }], attempts });
    expect(items[0]).toMatchObject({ discriminationIndex: 0, discriminativeEfficiency: 0 });
    expect(items[0]?.flags.map((flag) => flag.code)).toEqual(["weak_discrimination", "low_efficiency"]);
    // ΣV = 0.157 + 0.11 = 0.267 = V(X), so CIC = 0 exactly.
    expect(test.internalConsistency).toBe(0);
    expect(test.errorRatio).toBeCloseTo(100, PRECISION);
  });

  it("leaves percent figures undefined when an attempt's maximum is 0", () => {
    const attempts = [attempt("u1", 1, { A: 1 }, 1), attempt("u2", 1, { A: 0 }, 0)];
    const { test } = calculateTestStatistics({ items: [{ key: "A", maxMark: 1 }], attempts });
    expect(test.meanMarks).toBeCloseTo(0.5, PRECISION);
    expect(test.meanPercent).toBeNull();
    expect(test.notes.meanPercent).toMatch(/maximum of 0/);
  });
});

describe("attempt selection", () => {
  const attempts = [
    attempt("u1", 2, { A: 1 }, 1),
    attempt("u2", 1, { A: 0 }, 1),
    attempt("u1", 1, { A: 0 }, 1),
    attempt("u2", 3, { A: 1 }, 1),
  ];

  it("selectFirstAttempts keeps each learner's lowest attempt number, in input order", () => {
    expect(selectFirstAttempts(attempts).map((a) => [a.userId, a.attemptNumber])).toEqual([
      ["u2", 1],
      ["u1", 1],
    ]);
  });

  it("uses first attempts by default and every attempt on request", () => {
    const items = [{ key: "A", maxMark: 1 }];
    expect(calculateTestStatistics({ items, attempts }).test).toMatchObject({ attemptCount: 2, meanPercent: 0 });
    expect(calculateTestStatistics({ items, attempts, include: "all" }).test).toMatchObject({ attemptCount: 4, meanPercent: 50 });
  });
});
