import { describe, expect, it } from "vitest";
import { auc, binnedRmse, logLoss, mean, pearson, quantile } from "./metrics";
import { createRandom } from "./random";

describe("auc", () => {
  const outcomes = [0, 0, 1, 0, 1, 1];

  it("is 1 for a perfect ranking and 0 for an inverted one", () => {
    const perfect = outcomes.map((y) => (y === 1 ? 0.9 : 0.1));
    expect(auc(perfect, outcomes)).toBe(1);
    expect(auc(perfect.map((p) => 1 - p), outcomes)).toBe(0);
  });

  it("is one half for a constant prediction (every pair tied) and near it for noise", () => {
    expect(auc(outcomes.map(() => 0.7), outcomes)).toBe(0.5);
    const random = createRandom(5);
    const ys = Array.from({ length: 4000 }, () => (random.uniform() < 0.6 ? 1 : 0));
    const noise = ys.map(() => random.uniform());
    expect(Math.abs(auc(noise, ys) - 0.5)).toBeLessThan(0.03);
  });

  it("counts a tie between a success and a failure as one half", () => {
    // Pairs (success, failure): (0.8, 0.2) right, (0.5, 0.5) tied → (1 + 0.5 + 1 + 1) / 4.
    expect(auc([0.2, 0.5, 0.5, 0.8], [0, 0, 1, 1])).toBeCloseTo(3.5 / 4, 12);
  });

  it("is undefined with only one kind of outcome", () => {
    expect(auc([0.2, 0.4], [1, 1])).toBeNaN();
  });
});

describe("pearson", () => {
  it("is ±1 on exact lines and matches a hand-computed value", () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    // x = 1..4, y = (1, 3, 2, 4): Sxy = 4, Sxx = Syy = 5 → 0.8.
    expect(pearson([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
  });
});

describe("logLoss", () => {
  it("averages −log of the probability given to what happened", () => {
    expect(logLoss([0.8, 0.4], [1, 0])).toBeCloseTo(-(Math.log(0.8) + Math.log(0.6)) / 2, 12);
  });

  it("clips certainty so a confident miss costs −log(1e-6), not infinity", () => {
    expect(logLoss([1], [0])).toBeCloseTo(-Math.log(1e-6), 6);
    expect(logLoss([0], [0])).toBeCloseTo(-Math.log(1 - 1e-6), 9);
  });
});

describe("binnedRmse", () => {
  it("is zero when each bin's mean prediction equals its observed frequency", () => {
    expect(binnedRmse([0.5, 0.5, 0.5, 0.5], [1, 0, 1, 0])).toBe(0);
  });

  it("weights each bin's gap by its count", () => {
    // Bin [0.1, 0.15): 3 predictions of 0.1, none right → gap 0.1.
    // Bin [0.9, 0.95): 1 prediction of 0.9, right → gap 0.1. Bin [0.6, 0.65): 0.6 vs 0 → gap 0.6.
    const value = binnedRmse([0.1, 0.1, 0.1, 0.9, 0.6], [0, 0, 0, 1, 0]);
    expect(value).toBeCloseTo(Math.sqrt((3 * 0.01 + 1 * 0.01 + 1 * 0.36) / 5), 12);
  });

  it("puts a prediction of exactly 1 into the last bin", () => {
    expect(binnedRmse([1, 0.96], [1, 1])).toBeCloseTo(Math.sqrt((0.02 ** 2 * 2) / 2), 12);
  });
});

describe("quantile and mean", () => {
  it("interpolates between order statistics", () => {
    expect(quantile([5, 1, 3], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([0, 10], 0.9)).toBeCloseTo(9, 12);
    expect(mean([1, 2, 6])).toBe(3);
  });
});
