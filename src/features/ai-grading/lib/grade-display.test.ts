import { describe, expect, it } from "vitest";
import { aiGradingOutcomeMessage, describeConfidence } from "./grade-display";

describe("describeConfidence", () => {
  it("calls anything below 80% low confidence and asks for a careful check", () => {
    expect(describeConfidence(0.62)).toEqual({ percent: "62%", label: "low confidence — check carefully", low: true });
  });

  it("rounds down so 79.6% is not shown as 80% beside a low-confidence label", () => {
    expect(describeConfidence(0.796)).toMatchObject({ percent: "79%", low: true });
  });

  it("treats exactly 80% as high confidence", () => {
    expect(describeConfidence(0.8)).toMatchObject({ percent: "80%", low: false, label: "high confidence — still read the answer" });
  });

  it("keeps whole percentages that floating point would push below (0.29 → 29%)", () => {
    expect(describeConfidence(0.29).percent).toBe("29%");
    expect(describeConfidence(1).percent).toBe("100%");
  });

  it("clamps values outside 0…1 instead of showing 130%", () => {
    expect(describeConfidence(1.3).percent).toBe("100%");
    expect(describeConfidence(-0.2)).toMatchObject({ percent: "0%", low: true });
  });
});

describe("aiGradingOutcomeMessage", () => {
  it("says a suggestion is ready when the grade waits for the teacher", () => {
    expect(aiGradingOutcomeMessage({ released: 0, queued: 1, failed: 0, skipped: 0 })).toBe("AI suggestion ready for 1 answer of this attempt: check it, then save a mark.");
  });

  it("says a confident grade was released by the test's setting", () => {
    expect(aiGradingOutcomeMessage({ released: 2, queued: 0, failed: 0, skipped: 0 })).toContain("confident about 2 answers, so the test's setting released the mark");
  });

  it("explains why nothing happened when there was nothing to grade", () => {
    expect(aiGradingOutcomeMessage({ released: 0, queued: 0, failed: 0, skipped: 0 })).toMatch(/^Nothing was graded by the AI: this test's AI grading setting is off/);
  });
});
