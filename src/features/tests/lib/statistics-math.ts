/** Textbook descriptive statistics for the quiz statistics report; callers check lengths first. */

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** The middle value, or the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] ?? Number.NaN;
  return ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

/**
 * False when every value is the same. Marks arrive as floats (0.1 + 0.2 ≠ 0.3), so a spread
 * below a billionth of the values' size counts as none rather than producing a wild ratio.
 */
export function hasSpread(values: readonly number[]): boolean {
  if (values.length < 2) return false;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const size = Math.max(1, Math.abs(min), Math.abs(max));
  return max - min > 1e-9 * size;
}

/** Sample covariance (divisor n − 1), computed from deviations to keep rounding small. */
export function covariance(xs: readonly number[], ys: readonly number[]): number {
  const meanX = mean(xs);
  const meanY = mean(ys);
  let sum = 0;
  xs.forEach((x, index) => {
    sum += (x - meanX) * ((ys[index] ?? Number.NaN) - meanY);
  });
  return sum / (xs.length - 1);
}

/** Sample variance (divisor n − 1). */
export function variance(values: readonly number[]): number {
  return covariance(values, values);
}

/** Pearson correlation; the caller ensures both series have spread. */
export function correlation(xs: readonly number[], ys: readonly number[]): number {
  return covariance(xs, ys) / Math.sqrt(variance(xs) * variance(ys));
}

/** The largest covariance the two series' values allow: pair them after sorting each (Moodle's C_max). */
export function maxCovariance(xs: readonly number[], ys: readonly number[]): number {
  const ascending = (a: number, b: number) => a - b;
  return covariance([...xs].sort(ascending), [...ys].sort(ascending));
}

/** Central moment m_k = (1/S)·Σ(x − x̄)^k, the population form the k-statistics are built from. */
export function centralMoment(values: readonly number[], order: number): number {
  const centre = mean(values);
  let sum = 0;
  for (const value of values) sum += (value - centre) ** order;
  return sum / values.length;
}

/** Bias-corrected skewness k3 / k2^1.5 (needs S ≥ 3 and spread). */
export function skewness(values: readonly number[]): number {
  const s = values.length;
  const m2 = centralMoment(values, 2);
  const k2 = (s * m2) / (s - 1);
  const k3 = (s * s * centralMoment(values, 3)) / ((s - 1) * (s - 2));
  return k3 / k2 ** 1.5;
}

/** Bias-corrected excess kurtosis k4 / k2² (needs S ≥ 4 and spread); 0 for a normal distribution. */
export function kurtosis(values: readonly number[]): number {
  const s = values.length;
  const m2 = centralMoment(values, 2);
  const m4 = centralMoment(values, 4);
  const k2 = (s * m2) / (s - 1);
  const k4 = (s * s * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2)) / ((s - 1) * (s - 2) * (s - 3));
  return k4 / (k2 * k2);
}

/** Rounding noise around zero (−1.5e-15 from a covariance that is exactly 0) becomes 0, so it never trips a flag. */
export function tidy(value: number): number {
  return Math.abs(value) < 1e-9 ? 0 : value;
}
