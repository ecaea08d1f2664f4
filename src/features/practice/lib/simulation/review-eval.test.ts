import { describe, expect, it } from "vitest";
import { evaluateReviewModels, predictFsrs, predictSm2 } from "./review-eval";
import { simulateReviewHistories, type ReviewEvent } from "./reviews";

const history: ReviewEvent[] = [
  { day: 0, recalled: true, trueRecall: 0.7 },
  { day: 1, recalled: true, trueRecall: 0.8 },
  { day: 7, recalled: true, trueRecall: 0.8 },
  { day: 30, recalled: false, trueRecall: 0.4 },
  { day: 31, recalled: true, trueRecall: 0.7 },
];

describe("predictSm2", () => {
  it("predicts 0.9^(t/I) with SM-2's interval before each review after the first", () => {
    // Intervals after each review: 1, 6, round(6 × 2.7) = 16, then 1 after the lapse.
    expect(predictSm2(history)).toEqual([0.9 ** (1 / 1), 0.9 ** (6 / 6), 0.9 ** (23 / 16), 0.9 ** (1 / 1)].map((p) => expect.closeTo(p, 12)));
  });
});

describe("predictFsrs", () => {
  it("predicts one probability per review after the first, falling with a longer wait", () => {
    const predictions = predictFsrs(history);
    expect(predictions).toHaveLength(4);
    expect(Math.min(...predictions)).toBeGreaterThan(0);
    expect(Math.max(...predictions)).toBeLessThan(1);
    const waitedLonger = predictFsrs([history[0]!, { ...history[1]!, day: 20 }]);
    expect(waitedLonger[0]).toBeLessThan(predictions[0]!);
  });
});

describe("evaluateReviewModels", () => {
  it("scores both models on the same reviews, none beating the true recall probabilities on log loss", () => {
    const figures = evaluateReviewModels(simulateReviewHistories({ seed: 2, learners: 20, cardsPerLearner: 10, reviewsPerCard: 6 }));
    expect(figures.reviews).toBe(20 * 10 * 5);
    expect(figures.truth.logLoss).toBeLessThan(figures.fsrs.logLoss);
    expect(figures.truth.logLoss).toBeLessThan(figures.sm2.logLoss);
    expect(figures.fsrs.rmseBins).toBeGreaterThan(0);
  });
});
