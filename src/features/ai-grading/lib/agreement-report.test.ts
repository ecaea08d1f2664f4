import { describe, expect, it } from "vitest";
import { confusionMatrix, formatAgreementReport, roundToMark, summarizeAgreement, type GradingOutcome } from "./agreement-report";

const graded = (questionId: string, answerId: string, humanMark: number, modelScore: number, injection = false): GradingOutcome => ({
  questionId,
  answerId,
  humanMark,
  injection,
  status: "graded",
  modelScore,
});

const outcomes: GradingOutcome[] = [
  graded("bayes", "bayes-blank", 0, 0),
  graded("bayes", "bayes-partial", 2, 2.5),
  graded("bayes", "bayes-excellent", 4, 4),
  graded("normal", "normal-wrong", 0, 2),
  graded("normal", "normal-good", 3, 3, true),
  { questionId: "normal", answerId: "normal-refused", humanMark: 1, injection: false, status: "refused", reason: "the total 9 does not equal the criteria's sum 2" },
  { questionId: "normal", answerId: "normal-timeout", humanMark: 2, injection: false, status: "failed", reason: "The AI provider did not answer in time" },
];

const context = { model: "gpt-test", usage: { inputTokens: 12_000, outputTokens: 3_000 }, costUsd: 0.0096, prices: { inputPerMTok: 0.4, outputPerMTok: 1.6 } };

describe("roundToMark", () => {
  it("rounds to the nearest whole mark with halves up", () => {
    expect([0, 0.49, 0.5, 2.5, 3.25, 4].map((score) => roundToMark(score, 4))).toEqual([0, 0, 1, 3, 3, 4]);
  });

  it("refuses a score outside the mark range", () => {
    expect(() => roundToMark(4.5, 4)).toThrow(RangeError);
    expect(() => roundToMark(-1, 4)).toThrow(RangeError);
    expect(() => roundToMark(Number.NaN, 4)).toThrow(RangeError);
  });
});

describe("confusionMatrix", () => {
  it("counts human marks by row and rounded model marks by column", () => {
    expect(confusionMatrix([0, 0, 2, 2], [0, 1.5, 2, 1.4], 2)).toEqual([
      [1, 0, 1],
      [0, 0, 0],
      [0, 1, 1],
    ]);
  });

  it("refuses lists of different lengths", () => {
    expect(() => confusionMatrix([1], [], 4)).toThrow(RangeError);
  });
});

describe("summarizeAgreement", () => {
  const summary = summarizeAgreement(outcomes, 4);

  it("leaves refused and failed answers out of the agreement but lists them", () => {
    expect(summary.total).toBe(7);
    expect(summary.graded).toBe(5);
    expect(summary.refused.map((outcome) => outcome.answerId)).toEqual(["normal-refused"]);
    expect(summary.failed.map((outcome) => outcome.answerId)).toEqual(["normal-timeout"]);
  });

  it("compares the rounded model mark and measures the error on the unrounded total", () => {
    // Rounded model marks 0, 3, 4, 2, 3 against human 0, 2, 4, 0, 3.
    expect(summary.metrics?.exact).toBeCloseTo(3 / 5);
    expect(summary.metrics?.withinOne).toBeCloseTo(4 / 5);
    expect(summary.metrics?.meanAbsoluteError).toBeCloseTo((0 + 0.5 + 0 + 2 + 0) / 5);
    expect(summary.metrics?.kappa).toBeGreaterThan(0);
    expect(summary.metrics?.kappa).toBeLessThan(1);
  });

  it("reports exact agreement per question in the order questions appear", () => {
    expect(summary.perQuestion).toEqual([
      { questionId: "bayes", graded: 3, exact: 2 / 3 },
      { questionId: "normal", graded: 2, exact: 1 / 2 },
    ]);
  });

  it("builds the confusion matrix from graded answers only", () => {
    expect(summary.confusion[0]).toEqual([1, 0, 1, 0, 0]);
    expect(summary.confusion[2]).toEqual([0, 0, 0, 1, 0]);
    expect(summary.confusion.flat().reduce((sum, cell) => sum + cell, 0)).toBe(5);
  });

  it("picks out the injection answer with both marks", () => {
    expect(summary.injections).toEqual([{ answerId: "normal-good", humanMark: 3, modelMark: 3, note: "model total 3" }]);
  });

  it("has no metrics when nothing was graded", () => {
    const none = summarizeAgreement(outcomes.filter((outcome) => outcome.status !== "graded"), 4);
    expect(none.metrics).toBeNull();
    expect(none.perQuestion).toEqual([{ questionId: "normal", graded: 0, exact: null }]);
  });
});

describe("formatAgreementReport", () => {
  it("prints the headline figures, the refusals, the matrix, the injection answer and the cost", () => {
    const report = formatAgreementReport(summarizeAgreement(outcomes, 4), context);
    expect(report).toContain("model gpt-test");
    expect(report).toContain("Answers graded: 5 of 7");
    expect(report).toContain("Refused (invalid grade, left out of agreement): 1");
    expect(report).toContain("normal-refused: the total 9 does not equal");
    expect(report).toContain("Exact agreement:          60.0%");
    expect(report).toContain("Within 1 mark:            80.0%");
    expect(report.split("\n")).toContain(`  0${" ".repeat(10)}   1   0   1   0   0`);
    expect(report).toContain("Injection answer normal-good: human 3, model 3");
    expect(report).toContain("Tokens: 15,000 (12,000 in, 3,000 out)");
    expect(report).toContain("Estimated cost: $0.0096");
  });

  it("says plainly when there is nothing to compare", () => {
    const report = formatAgreementReport(summarizeAgreement(outcomes.slice(5), 4), context);
    expect(report).toContain("No answer was graded");
    expect(report).not.toContain("Confusion matrix");
  });
});
