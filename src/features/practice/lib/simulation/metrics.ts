/** Measures of how well predicted probabilities of success match what happened. */

/**
 * Area under the ROC curve: the chance that a random success got a higher prediction than a
 * random failure (ties count one half), from the Mann–Whitney rank sum with average ranks.
 * NaN when there are no successes or no failures.
 */
export function auc(predictions: readonly number[], outcomes: readonly number[]): number {
  const order = predictions.map((p, i) => [p, i] as const).sort((x, y) => x[0] - y[0]);
  const ranks = new Array<number>(order.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]![0] === order[start]![0]) end++;
    const averageRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]![1]] = averageRank;
    start = end + 1;
  }
  let positives = 0;
  let rankSum = 0;
  outcomes.forEach((y, i) => {
    if (y === 1) {
      positives++;
      rankSum += ranks[i]!;
    }
  });
  const negatives = outcomes.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const meanX = xs.reduce((s, v) => s + v, 0) / n;
  const meanY = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    const dy = ys[i]! - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

const EPSILON = 1e-6;

/** Mean negative log-likelihood; p is clipped so one confident miss cannot make it infinite. */
export function logLoss(predictions: readonly number[], outcomes: readonly number[]): number {
  let total = 0;
  predictions.forEach((raw, i) => {
    const p = Math.min(Math.max(raw, EPSILON), 1 - EPSILON);
    total -= outcomes[i] === 1 ? Math.log(p) : Math.log(1 - p);
  });
  return total / predictions.length;
}

/**
 * RMSE(bins), a calibration error: predictions go into `bins` equal-width bins of predicted
 * probability ([0, 0.05), [0.05, 0.1), …, [0.95, 1] for 20); in each bin the mean prediction is
 * compared with the observed frequency of success, and the squared gaps are averaged weighted
 * by the number of predictions in the bin: √(Σ_b n_b (p̄_b − ȳ_b)² / Σ_b n_b).
 */
export function binnedRmse(predictions: readonly number[], outcomes: readonly number[], bins = 20): number {
  const count = new Array<number>(bins).fill(0);
  const sumP = new Array<number>(bins).fill(0);
  const sumY = new Array<number>(bins).fill(0);
  predictions.forEach((p, i) => {
    const bin = Math.min(bins - 1, Math.max(0, Math.floor(p * bins)));
    count[bin]!++;
    sumP[bin]! += p;
    sumY[bin]! += outcomes[i]!;
  });
  let weighted = 0;
  for (let b = 0; b < bins; b++) {
    const n = count[b]!;
    if (n > 0) weighted += n * (sumP[b]! / n - sumY[b]! / n) ** 2;
  }
  return Math.sqrt(weighted / predictions.length);
}

/** The q-quantile with linear interpolation between order statistics (q = 0.5 is the median). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

export const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;
