import { describe, expect, it } from "vitest";
import { createRandom } from "./random";
import { nextInterval, nextStability, simulateReviewHistories, trueRecall } from "./reviews";

describe("true memory", () => {
  it("decays exponentially: recall is 1/e after one stability", () => {
    expect(trueRecall(5, 5)).toBeCloseTo(Math.exp(-1), 12);
    expect(trueRecall(0, 5)).toBe(1);
  });

  it("grows stability more after a hard recall than an easy one, and cuts it after a lapse", () => {
    expect(nextStability(10, 0.4, true, 0.8, 2)).toBeGreaterThan(nextStability(10, 0.9, true, 0.8, 2));
    expect(nextStability(10, 0.9, true, 0.8, 2)).toBeCloseTo(10 * (1 + 0.8 * 1.5), 9);
    expect(nextStability(40, 0.5, false, 0.8, 2)).toBe(10);
    expect(nextStability(4, 0.5, false, 0.8, 2)).toBe(2);
  });
});

describe("the review schedule", () => {
  it("restarts at one day after a lapse and stays within a year", () => {
    const random = createRandom(8);
    expect(nextInterval(30, false, random)).toBe(1);
    for (let i = 0; i < 200; i++) {
      const interval = nextInterval(300, true, random);
      expect(interval).toBeGreaterThanOrEqual(1);
      expect(interval).toBeLessThanOrEqual(365);
    }
  });
});

describe("simulateReviewHistories", () => {
  const simulation = { seed: 3, learners: 10, cardsPerLearner: 5, reviewsPerCard: 8 };

  it("is deterministic for a seed and gives each card its reviews on increasing days", () => {
    const histories = simulateReviewHistories(simulation);
    expect(simulateReviewHistories(simulation)).toEqual(histories);
    expect(histories).toHaveLength(50);
    for (const history of histories) {
      expect(history).toHaveLength(8);
      expect(history[0]!.day).toBe(0);
      history.slice(1).forEach((event, k) => expect(event.day).toBeGreaterThan(history[k]!.day));
    }
  });

  it("recalls more often than not but not always", () => {
    const outcomes = simulateReviewHistories({ ...simulation, learners: 40 }).flatMap((h) => h.slice(1).map((e) => (e.recalled ? 1 : 0)));
    const rate = outcomes.reduce<number>((s, v) => s + v, 0) / outcomes.length;
    expect(rate).toBeGreaterThan(0.6);
    expect(rate).toBeLessThan(0.95);
  });
});
