import {
  calculateItemStatistics,
  itemSeries,
  type ItemStatistics,
  type ScoredAttempt,
  type StatisticsItem,
} from "@/features/tests/lib/statistics-items";
import { hasSpread, kurtosis, mean, median, skewness, tidy, variance } from "@/features/tests/lib/statistics-math";

export type { ItemStatistics, StatisticsItem } from "@/features/tests/lib/statistics-items";

export interface StatisticsAttempt extends ScoredAttempt {
  userId: string;
  attemptNumber: number;
  /** The most the attempt could score; random draws can make it differ between attempts. */
  maxTotal: number;
}

/**
 * "first": each learner's first attempt (Moodle's default — later attempts build on earlier ones
 * and break item analysis' assumptions); "all": every attempt, each treated as a separate learner.
 */
export type AttemptSelection = "first" | "all";

type TestFigure =
  | "meanMarks"
  | "meanPercent"
  | "medianMarks"
  | "medianPercent"
  | "standardDeviationMarks"
  | "standardDeviationPercent"
  | "skewness"
  | "kurtosis"
  | "internalConsistency"
  | "errorRatio"
  | "standardErrorMarks"
  | "standardErrorPercent";

/**
 * Marks figures use the attempts' totals; percent figures use 100·total / maxTotal per attempt.
 * Skewness and kurtosis come from the percent series (the same as from marks when every attempt
 * has the same maximum). internalConsistency (CIC), errorRatio (ER) are percentages.
 */
export interface TestStatistics extends Record<TestFigure, number | null> {
  attemptCount: number;
  /** Why a figure is null. */
  notes: Partial<Record<TestFigure, string>>;
}

export interface TestStatisticsReport {
  test: TestStatistics;
  items: ItemStatistics[];
}

/** Each learner's attempt with the lowest attemptNumber, in input order. Pass graded attempts only. */
export function selectFirstAttempts<T extends { userId: string; attemptNumber: number }>(attempts: readonly T[]): T[] {
  const firstByUser = new Map<string, T>();
  for (const attempt of attempts) {
    const current = firstByUser.get(attempt.userId);
    if (!current || attempt.attemptNumber < current.attemptNumber) firstByUser.set(attempt.userId, attempt);
  }
  const chosen = new Set(firstByUser.values());
  return attempts.filter((attempt) => chosen.has(attempt));
}

/**
 * Moodle's quiz statistics ("Quiz statistics calculations") over graded attempts. With random
 * draws each item's figures and variance come from the attempts that included it, so CIC is then
 * an approximation; pass a slot as one item to get Moodle's per-slot figures instead.
 */
export function calculateTestStatistics(input: {
  items: readonly StatisticsItem[];
  attempts: readonly StatisticsAttempt[];
  include?: AttemptSelection;
}): TestStatisticsReport {
  const attempts = (input.include ?? "first") === "first" ? selectFirstAttempts(input.attempts) : input.attempts;
  return {
    test: summariseTest(input.items, attempts),
    items: input.items.map((item) => calculateItemStatistics(item, attempts)),
  };
}

function summariseTest(items: readonly StatisticsItem[], attempts: readonly StatisticsAttempt[]): TestStatistics {
  const notes: TestStatistics["notes"] = {};
  const unavailable = (figure: TestFigure, reason: string): null => {
    notes[figure] = reason;
    return null;
  };
  const s = attempts.length;
  const marks = attempts.map((attempt) => attempt.total);
  const percents = attempts.every((attempt) => attempt.maxTotal > 0)
    ? attempts.map((attempt) => (100 * attempt.total) / attempt.maxTotal)
    : null;
  const noAttempts = "No attempts to analyse.";
  const noPercent = "An attempt has a maximum of 0 marks, so percentages are undefined.";
  const fewerThan = (n: number) => `Needs at least ${n} attempts.`;
  const sameScores = "Every attempt has the same total, so the distribution has no spread.";

  const central = (figure: TestFigure, series: number[] | null, of: (values: number[]) => number) =>
    s === 0 ? unavailable(figure, noAttempts) : series ? of(series) : unavailable(figure, noPercent);
  const deviation = (figure: TestFigure, series: number[] | null) => {
    if (s < 2) return unavailable(figure, fewerThan(2));
    if (!series) return unavailable(figure, noPercent);
    return hasSpread(series) ? Math.sqrt(variance(series)) : 0;
  };
  // Skewness and kurtosis are scale-free, so the percent series is used when it exists.
  const shape = percents ?? marks;
  const shapeFigure = (figure: "skewness" | "kurtosis", minimum: number, of: (values: number[]) => number) => {
    if (s < minimum) return unavailable(figure, fewerThan(minimum));
    if (!hasSpread(shape)) return unavailable(figure, sameScores);
    return tidy(of(shape));
  };

  const cic = internalConsistency(items, attempts);
  const internal = typeof cic === "string" ? unavailable("internalConsistency", cic) : cic;
  const errorRatio =
    internal === null
      ? unavailable("errorRatio", "Needs the coefficient of internal consistency.")
      : internal > 100
        ? unavailable("errorRatio", "The coefficient of internal consistency is above 100%.")
        : 100 * Math.sqrt(1 - internal / 100);

  const sdMarks = deviation("standardDeviationMarks", marks);
  const sdPercent = deviation("standardDeviationPercent", percents);
  const standardError = (figure: TestFigure, sd: number | null) =>
    errorRatio === null
      ? unavailable(figure, "Needs the error ratio.")
      : sd === null
        ? unavailable(figure, "Needs the standard deviation.")
        : (errorRatio / 100) * sd;

  return {
    attemptCount: s,
    meanMarks: central("meanMarks", marks, mean),
    meanPercent: central("meanPercent", percents, mean),
    medianMarks: central("medianMarks", marks, median),
    medianPercent: central("medianPercent", percents, median),
    standardDeviationMarks: sdMarks,
    standardDeviationPercent: sdPercent,
    skewness: shapeFigure("skewness", 3, skewness),
    kurtosis: shapeFigure("kurtosis", 4, kurtosis),
    internalConsistency: internal,
    errorRatio,
    standardErrorMarks: standardError("standardErrorMarks", sdMarks),
    standardErrorPercent: standardError("standardErrorPercent", sdPercent),
    notes,
  };
}

/** CIC = 100·P/(P−1)·(1 − ΣV(x_i)/V(X)) — Cronbach's alpha as a percentage — or why it is undefined. */
function internalConsistency(items: readonly StatisticsItem[], attempts: readonly StatisticsAttempt[]): number | string {
  if (attempts.length < 2) return "Needs at least 2 attempts.";
  const seen = items
    .map((item) => ({ key: item.key, scores: itemSeries(item.key, attempts).scores }))
    .filter((item) => item.scores.length > 0);
  if (seen.length < 2) return "Needs at least 2 items that attempts included.";
  const thin = seen.find((item) => item.scores.length < 2);
  if (thin) return `Item "${thin.key}" was in fewer than 2 attempts, so its variance is undefined.`;
  const totals = attempts.map((attempt) => attempt.total);
  if (!hasSpread(totals)) return "Every attempt has the same total, so the distribution has no spread.";
  const itemVariance = seen.reduce((sum, item) => sum + (hasSpread(item.scores) ? variance(item.scores) : 0), 0);
  const p = seen.length;
  return tidy(100 * (p / (p - 1)) * (1 - itemVariance / variance(totals)));
}
