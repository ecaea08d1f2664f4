import { describe, expect, it } from "vitest";
import { calculateTestStatistics, type StatisticsAttempt, type StatisticsItem } from "@/features/tests/lib/statistics";

// Figures below were worked out separately with exact fractions (textbook formulas) and the
// square roots taken last; skewness/kurtosis were cross-checked against scipy's bias-corrected ones.
const PRECISION = 6; // toBeCloseTo(x, 6): |difference| < 5e-7

/** One attempt per row; null = the item was not in that attempt (a random draw went elsewhere). */
function attemptsFrom(items: readonly StatisticsItem[], rows: readonly (readonly (number | null)[])[]): StatisticsAttempt[] {
  const maxTotal = items.reduce((sum, item) => sum + item.maxMark, 0);
  return rows.map((row, index) => {
    const itemScores: Record<string, number> = {};
    items.forEach((item, column) => {
      const score = row[column];
      if (score !== null && score !== undefined) itemScores[item.key] = score;
    });
    const total = Object.values(itemScores).reduce((sum, score) => sum + score, 0);
    return { userId: `learner-${index + 1}`, attemptNumber: 1, itemScores, total, maxTotal: maxTotal };
  });
}

function itemByKey(report: ReturnType<typeof calculateTestStatistics>, key: string) {
  const item = report.items.find((candidate) => candidate.key === key);
  if (!item) throw new Error(`no item ${key}`);
  return item;
}

describe("calculateTestStatistics — 5 learners × 4 one-mark items", () => {
  const items = ["A", "B", "C", "D"].map((key) => ({ key, maxMark: 1 }));
  // Totals 4, 3, 2, 2, 1 of 4.
  const report = calculateTestStatistics({
    items,
    attempts: attemptsFrom(items, [
      [1, 1, 1, 1],
      [1, 1, 1, 0],
      [1, 1, 0, 0],
      [1, 0, 1, 0],
      [0, 0, 0, 1],
    ]),
  });

  it("summarises the totals in marks and percent", () => {
    const { test } = report;
    expect(test.attemptCount).toBe(5);
    expect(test.meanMarks).toBeCloseTo(2.4, PRECISION); // 12 / 5
    expect(test.meanPercent).toBeCloseTo(60, PRECISION);
    expect(test.medianMarks).toBeCloseTo(2, PRECISION);
    expect(test.medianPercent).toBeCloseTo(50, PRECISION);
    // Deviations 1.6, 0.6, −0.4, −0.4, −1.4 → Σd² = 5.2, V = 5.2 / 4 = 1.3
    expect(test.standardDeviationMarks).toBeCloseTo(1.140175425, PRECISION); // √1.3
    expect(test.standardDeviationPercent).toBeCloseTo(28.504385627, PRECISION); // 25·√1.3
  });

  it("computes skewness and kurtosis from Moodle's k-statistics", () => {
    // Percent deviations 40, 15, −10, −10, −35: m2 = 650, m3 = 4500, m4 = 826250
    // k2 = 5·650/4 = 812.5; k3 = 25·4500/(4·3) = 9375; skewness = 9375 / 812.5^1.5
    expect(report.test.skewness).toBeCloseTo(0.404796009, PRECISION);
    // k4 = 25·(6·826250 − 12·650²)/(4·3·2) = −117187.5; kurtosis = k4 / 812.5² = −30/169
    expect(report.test.kurtosis).toBeCloseTo(-0.177514793, PRECISION);
  });

  it("computes CIC, error ratio and standard error", () => {
    // Item variances 0.2 + 0.3 + 0.3 + 0.3 = 1.1; CIC = 100·(4/3)·(1 − 1.1/1.3) = 800/39
    expect(report.test.internalConsistency).toBeCloseTo(20.512820513, PRECISION);
    expect(report.test.errorRatio).toBeCloseTo(89.155582824, PRECISION); // 100·√(1 − 8/39)
    expect(report.test.standardErrorPercent).toBeCloseTo(25.413251137, PRECISION); // 0.8915…·28.5043…
    expect(report.test.standardErrorMarks).toBeCloseTo(1.016530045, PRECISION);
    expect(report.test.notes).toEqual({});
  });

  it("computes each item's facility, SD, discrimination and efficiency", () => {
    const a = itemByKey(report, "A"); // x = 1,1,1,1,0; rest = 3,2,1,1,1
    expect(a.facility).toBeCloseTo(80, PRECISION);
    expect(a.standardDeviation).toBeCloseTo(44.721359550, PRECISION); // 100·√0.2
    // C = 0.15, V(x) = 0.2, V(rest) = 0.8 → r = 0.15 / √0.16 = 0.375; C_max = 0.15
    expect(a.discriminationIndex).toBeCloseTo(37.5, PRECISION);
    expect(a.discriminativeEfficiency).toBeCloseTo(100, PRECISION);
    expect(a.flags).toEqual([]);

    const b = itemByKey(report, "B"); // x = 1,1,1,0,0; rest = 3,2,1,2,1
    expect(b.facility).toBeCloseTo(60, PRECISION);
    expect(b.standardDeviation).toBeCloseTo(54.772255751, PRECISION); // 100·√0.3
    expect(b.discriminationIndex).toBeCloseTo(32.732683535, PRECISION); // 0.15 / √(0.3·0.7)
    expect(b.discriminativeEfficiency).toBeCloseTo(37.5, PRECISION); // 0.15 / 0.4
  });

  it("flags an item that weaker learners get right", () => {
    const d = itemByKey(report, "D"); // x = 1,0,0,0,1; rest = 3,3,2,2,0
    expect(d.facility).toBeCloseTo(40, PRECISION);
    expect(d.discriminationIndex).toBeCloseTo(-37.267799625, PRECISION); // −0.25 / √(0.3·1.5)
    expect(d.discriminativeEfficiency).toBeCloseTo(-50, PRECISION); // −0.25 / 0.5
    expect(d.flags.map((flag) => flag.code)).toEqual(["negative_discrimination", "low_efficiency"]);
  });
});

describe("calculateTestStatistics — partial marks and unequal maximums", () => {
  const items = [
    { key: "Q1", maxMark: 2 },
    { key: "Q2", maxMark: 3 },
    { key: "Q3", maxMark: 5 },
  ];
  // Totals 9.5, 7.5, 5.5, 6, 1.5, 4 of 10.
  const report = calculateTestStatistics({
    items,
    attempts: attemptsFrom(items, [
      [2, 3, 4.5],
      [1.5, 2, 4],
      [1, 2.5, 2],
      [2, 1, 3],
      [0.5, 0, 1],
      [0, 1.5, 2.5],
    ]),
  });

  it("summarises the test", () => {
    const { test } = report;
    expect(test.meanMarks).toBeCloseTo(5.666666667, PRECISION); // 34 / 6
    expect(test.meanPercent).toBeCloseTo(56.666666667, PRECISION);
    expect(test.medianMarks).toBeCloseTo(5.75, PRECISION); // (5.5 + 6) / 2
    expect(test.medianPercent).toBeCloseTo(57.5, PRECISION);
    expect(test.standardDeviationMarks).toBeCloseTo(2.768874621, PRECISION); // V = 23/3
    expect(test.standardDeviationPercent).toBeCloseTo(27.688746210, PRECISION);
    // m2 = 5750/9, m3 = −65000/27, m4 = 24136250/27 (percent)
    expect(test.skewness).toBeCloseTo(-0.204132533, PRECISION);
    expect(test.kurtosis).toBeCloseTo(0.137665406, PRECISION);
    // ΣV(x_i) = 2/3 + 7/6 + 5/3 = 3.5; CIC = 100·1.5·(1 − 3.5/(23/3)) = 1875/23
    expect(test.internalConsistency).toBeCloseTo(81.521739130, PRECISION);
    expect(test.errorRatio).toBeCloseTo(42.986347681, PRECISION); // 100·√(4/23)
    expect(test.standardErrorPercent).toBeCloseTo(11.902380714, PRECISION);
    expect(test.standardErrorMarks).toBeCloseTo(1.190238071, PRECISION);
  });

  it("scales item figures by each item's own maximum", () => {
    const q1 = itemByKey(report, "Q1"); // mean 7/6 of 2
    expect(q1.facility).toBeCloseTo(58.333333333, PRECISION);
    expect(q1.standardDeviation).toBeCloseTo(40.824829046, PRECISION); // 100·√(2/3)/2
    expect(q1.discriminationIndex).toBeCloseTo(61.491869381, PRECISION); // 1.1 / √(2/3 · 4.8)
    expect(q1.discriminativeEfficiency).toBeCloseTo(66.666666667, PRECISION); // 1.1 / 1.65

    const q2 = itemByKey(report, "Q2"); // mean 10/6 of 3
    expect(q2.facility).toBeCloseTo(55.555555556, PRECISION);
    expect(q2.standardDeviation).toBeCloseTo(36.004114991, PRECISION); // 100·√(7/6)/3
    expect(q2.discriminationIndex).toBeCloseTo(64.116318170, PRECISION); // 1.35 / √(7/6 · 3.8)
    expect(q2.discriminativeEfficiency).toBeCloseTo(65.853658537, PRECISION); // 1.35 / 2.05

    const q3 = itemByKey(report, "Q3"); // mean 17/6 of 5
    expect(q3.facility).toBeCloseTo(56.666666667, PRECISION);
    expect(q3.standardDeviation).toBeCloseTo(25.819888975, PRECISION); // 100·√(5/3)/5
    expect(q3.discriminationIndex).toBeCloseTo(82.999765295, PRECISION); // (103/60) / √(5/3 · 77/30)
    expect(q3.discriminativeEfficiency).toBeCloseTo(87.288135593, PRECISION); // (103/60) / (59/30)
    expect(report.items.flatMap((item) => item.flags)).toEqual([]);
  });
});

describe("calculateTestStatistics — random draws leave items absent", () => {
  const items = [
    { key: "F1", maxMark: 1 },
    { key: "F2", maxMark: 1 },
    { key: "Ra", maxMark: 2 },
    { key: "Rb", maxMark: 2 },
  ];
  // Each attempt drew one of Ra/Rb; every attempt's maximum is 4. Totals 4, 2, 3, 3, 0, 1.
  const attempts = attemptsFrom(items, [
    [1, 1, 2, null],
    [1, 0, 1, null],
    [0, 1, null, 2],
    [1, 1, null, 1],
    [0, 0, 0, null],
    [1, 0, null, 0],
  ]).map((attempt) => ({ ...attempt, maxTotal: 4 }));
  const report = calculateTestStatistics({ items, attempts });

  it("counts only the attempts that included an item", () => {
    expect(report.items.map((item) => [item.key, item.attemptCount])).toEqual([
      ["F1", 6],
      ["F2", 6],
      ["Ra", 3],
      ["Rb", 3],
    ]);
    const ra = itemByKey(report, "Ra"); // x = 2,1,0; rest = 2,1,0
    expect(ra.facility).toBeCloseTo(50, PRECISION);
    expect(ra.standardDeviation).toBeCloseTo(50, PRECISION);
    expect(ra.discriminationIndex).toBeCloseTo(100, PRECISION);
    expect(ra.discriminativeEfficiency).toBeCloseTo(100, PRECISION);
  });

  it("reports a zero correlation as exactly 0, flagged weak but not negative", () => {
    const f1 = itemByKey(report, "F1"); // x = 1,1,0,1,0,1; rest = 3,1,3,2,0,0 → C = 0
    expect(f1.discriminationIndex).toBe(0);
    expect(f1.discriminativeEfficiency).toBe(0);
    expect(f1.flags.map((flag) => flag.code)).toEqual(["weak_discrimination", "low_efficiency"]);
    const f2 = itemByKey(report, "F2"); // C = 0.4 = C_max
    expect(f2.discriminationIndex).toBeCloseTo(70.710678119, PRECISION);
    expect(f2.discriminativeEfficiency).toBeCloseTo(100, PRECISION);
  });

  it("uses each item's variance over its own attempts in CIC, which can go negative", () => {
    // ΣV = 4/15 + 3/10 + 1 + 1 = 77/30; V(X) = 13/6; CIC = 100·(4/3)·(1 − (77/30)/(13/6)) = −320/13
    expect(report.test.internalConsistency).toBeCloseTo(-24.615384615, PRECISION);
    expect(report.test.errorRatio).toBeCloseTo(111.631261130, PRECISION); // 100·√(1 + 320/1300)
    expect(report.test.skewness).toBeCloseTo(-0.418071520, PRECISION);
    expect(report.test.kurtosis).toBeCloseTo(-0.859171598, PRECISION);
  });

  it("leaves CIC undefined when an item was in only one attempt", () => {
    const thin = calculateTestStatistics({ items, attempts: attempts.slice(0, 3) }); // Rb only in the third
    expect(thin.test.internalConsistency).toBeNull();
    expect(thin.test.notes.internalConsistency).toMatch(/"Rb" was in fewer than 2 attempts/);
    expect(thin.test.errorRatio).toBeNull();
    expect(itemByKey(thin, "Rb").standardDeviation).toBeNull();
    expect(itemByKey(thin, "Rb").facility).toBeCloseTo(100, PRECISION);
  });

  it("explains an item no attempt included", () => {
    const unseen = calculateTestStatistics({ items: [...items, { key: "Rc", maxMark: 2 }], attempts });
    const rc = itemByKey(unseen, "Rc");
    expect(rc).toMatchObject({ attemptCount: 0, facility: null, discriminationIndex: null, flags: [] });
    expect(rc.notes.facility).toBe("No attempt included this item.");
    // An unseen item does not count towards P.
    expect(unseen.test.internalConsistency).toBeCloseTo(-24.615384615, PRECISION);
  });
});
