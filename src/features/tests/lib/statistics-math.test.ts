import { describe, expect, it } from "vitest";
import {
  centralMoment,
  correlation,
  covariance,
  hasSpread,
  kurtosis,
  maxCovariance,
  mean,
  median,
  skewness,
  tidy,
  variance,
} from "@/features/tests/lib/statistics-math";

// The classic 2, 4, 4, 4, 5, 5, 7, 9: mean 5, m2 = 4, m3 = 21/4, m4 = 89/2.
const CLASSIC = [2, 4, 4, 4, 5, 5, 7, 9];

describe("statistics math", () => {
  it("takes the mean and the median of odd and even counts", () => {
    expect(mean(CLASSIC)).toBe(5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("uses the sample divisor n − 1 for variance and covariance", () => {
    expect(variance(CLASSIC)).toBeCloseTo(32 / 7, 12); // Σd² = 32
    expect(covariance([1, 2, 3], [3, 1, 2])).toBeCloseTo(-0.5, 12); // (−1·1 + 0 + 1·0) / 2
    expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
  });

  it("finds the largest covariance the marginal values allow by sorting both", () => {
    expect(maxCovariance([1, 2, 3], [3, 1, 2])).toBeCloseTo(1, 12); // pairs (1,1) (2,2) (3,3)
  });

  it("uses population central moments and Moodle's k-statistics for shape", () => {
    expect(centralMoment(CLASSIC, 2)).toBe(4);
    expect(centralMoment(CLASSIC, 3)).toBeCloseTo(21 / 4, 12);
    expect(centralMoment(CLASSIC, 4)).toBeCloseTo(89 / 2, 12);
    // k2 = 32/7, k3 = 64·(21/4)/(7·6) = 8 → 8 / (32/7)^1.5
    expect(skewness(CLASSIC)).toBeCloseTo(0.818487553, 9);
    // k4 = 64·(9·44.5 − 21·16)/(7·6·5) = 688/35 → k4 / k2² = 301/320
    expect(kurtosis(CLASSIC)).toBeCloseTo(301 / 320, 9);
  });

  it("sees no spread in equal values or float noise, but sees a real difference", () => {
    expect(hasSpread([2, 2, 2])).toBe(false);
    expect(hasSpread([0.1 + 0.2, 0.3])).toBe(false);
    expect(hasSpread([7])).toBe(false);
    expect(hasSpread([0.3, 0.3001])).toBe(true);
  });

  it("snaps rounding residue to 0 and leaves real values alone", () => {
    expect(tidy(-1.5e-15)).toBe(0);
    expect(Object.is(tidy(-0), 0)).toBe(true);
    expect(tidy(-0.001)).toBe(-0.001);
  });
});
