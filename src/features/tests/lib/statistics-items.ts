import { flagItem, type ItemFlag } from "@/features/tests/lib/statistics-flags";
import { correlation, covariance, hasSpread, maxCovariance, mean, tidy, variance } from "@/features/tests/lib/statistics-math";

export interface StatisticsItem {
  key: string;
  /** The item's maximum mark; its minimum is taken to be 0. */
  maxMark: number;
}

export interface ScoredAttempt {
  /** Marks per item key. An item the attempt did not include (a random draw that went elsewhere) is absent. */
  itemScores: Readonly<Record<string, number>>;
  /** The attempt's total X (normally the sum of its item marks); rest-of-test is X − x_i. */
  total: number;
}

type ItemFigure = "facility" | "standardDeviation" | "discriminationIndex" | "discriminativeEfficiency";

export interface ItemStatistics extends Record<ItemFigure, number | null> {
  key: string;
  maxMark: number;
  /** Attempts that included the item; every figure is over these attempts only. */
  attemptCount: number;
  flags: ItemFlag[];
  /** Why a figure is null. */
  notes: Partial<Record<ItemFigure, string>>;
}

/** The item's marks x_i and rest-of-test marks X − x_i, over the attempts that included it. */
export function itemSeries(key: string, attempts: readonly ScoredAttempt[]): { scores: number[]; rests: number[] } {
  const scores: number[] = [];
  const rests: number[] = [];
  for (const attempt of attempts) {
    // hasOwn, so an item keyed "constructor" is not read off the prototype.
    const score = Object.hasOwn(attempt.itemScores, key) ? attempt.itemScores[key] : undefined;
    if (score === undefined) continue;
    scores.push(score);
    rests.push(attempt.total - score);
  }
  return { scores, rests };
}

function relationUndefinedReason(scores: readonly number[], rests: readonly number[]): string | null {
  if (scores.length < 2) return "Needs at least 2 attempts that include the item.";
  if (!hasSpread(scores)) return "Every attempt scored the same on this item, so it cannot tell learners apart.";
  if (!hasSpread(rests)) return "The rest of the test scored the same in every attempt that included this item.";
  return null;
}

/**
 * Moodle's per-question figures, as percentages: facility F = 100·x̄_i / max, SD = 100·s(x_i) / max
 * (sample SD), discrimination D = 100·r(x_i, X − x_i), efficiency DE = 100·C(x_i, X − x_i) / C_max.
 */
export function calculateItemStatistics(item: StatisticsItem, attempts: readonly ScoredAttempt[]): ItemStatistics {
  const { scores, rests } = itemSeries(item.key, attempts);
  const notes: ItemStatistics["notes"] = {};
  const unavailable = (figure: ItemFigure, reason: string): null => {
    notes[figure] = reason;
    return null;
  };
  const noMaximum = "The item's maximum mark is 0.";

  const facility =
    scores.length === 0
      ? unavailable("facility", "No attempt included this item.")
      : item.maxMark <= 0
        ? unavailable("facility", noMaximum)
        : tidy((100 * mean(scores)) / item.maxMark);

  const standardDeviation =
    scores.length < 2
      ? unavailable("standardDeviation", "Needs at least 2 attempts that include the item.")
      : item.maxMark <= 0
        ? unavailable("standardDeviation", noMaximum)
        : hasSpread(scores)
          ? (100 * Math.sqrt(variance(scores))) / item.maxMark
          : 0;

  const reason = relationUndefinedReason(scores, rests);
  const discriminationIndex = reason ? unavailable("discriminationIndex", reason) : tidy(100 * correlation(scores, rests));
  const discriminativeEfficiency = reason
    ? unavailable("discriminativeEfficiency", reason)
    : tidy((100 * covariance(scores, rests)) / maxCovariance(scores, rests));

  return {
    key: item.key,
    maxMark: item.maxMark,
    attemptCount: scores.length,
    facility,
    standardDeviation,
    discriminationIndex,
    discriminativeEfficiency,
    flags: flagItem({ facility, discriminationIndex, discriminativeEfficiency }),
    notes,
  };
}
