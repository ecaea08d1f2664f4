import { describe, expect, it } from "vitest";
import type { LearnerQuestion } from "@/features/attempts/lib/present";
import { describeCorrectAnswer, describeResponse, formatMarks, formatScore, slotVerdict } from "./response-text";

const single: LearnerQuestion = {
  type: "single_choice",
  stem: "How many sandwiches?", stemHtml: "<p>How many sandwiches?</p>",
  options: [
    { id: "a", text: "60" },
    { id: "b", text: "12" },
  ],
};
const multiple: LearnerQuestion = { ...single, type: "multiple_choice", options: [...single.options, { id: "c", text: "20" }] };
const numeric: LearnerQuestion = { type: "numeric", stem: "Mass?", stemHtml: "<p>Mass?</p>", unit: "kg" };
const trueFalse: LearnerQuestion = { type: "true_false", stem: "Independent?", stemHtml: "<p>Independent?</p>" };

describe("describeResponse", () => {
  it("names the chosen options by their text", () => {
    expect(describeResponse(single, { optionId: "b" })).toBe("12");
    expect(describeResponse(multiple, { optionIds: ["a", "c"] })).toBe("60; 20");
  });

  it("writes true/false, numbers with their unit, and text", () => {
    expect(describeResponse(trueFalse, { value: false })).toBe("False");
    expect(describeResponse(numeric, { value: 0.25 })).toBe("0.25 kg");
    expect(describeResponse({ type: "short_text", stem: "?", stemHtml: "<p>?</p>" }, { text: "combination" })).toBe("combination");
  });

  it("is null for no answer, blank text or an option that is not shown", () => {
    expect(describeResponse(single, null)).toBeNull();
    expect(describeResponse({ type: "essay", stem: "?", stemHtml: "<p>?</p>", maxLength: 100, rubric: [] }, { text: "  " })).toBeNull();
    expect(describeResponse(single, { optionId: "zz" })).toBeNull();
  });
});

describe("describeCorrectAnswer", () => {
  it("uses only what the review released", () => {
    expect(describeCorrectAnswer(single, {})).toBeNull();
    expect(describeCorrectAnswer(single, { explanation: "Multiply." })).toBeNull();
    expect(describeCorrectAnswer(multiple, { correctOptionIds: ["a", "c"], correctResponse: { optionIds: ["a", "c"] } })).toBe("60; 20");
    expect(describeCorrectAnswer(numeric, { correctResponse: { value: 3 } })).toBe("3 kg");
    expect(describeCorrectAnswer({ type: "essay", stem: "?", stemHtml: "<p>?</p>", maxLength: 100, rubric: [] }, { correctResponse: null })).toBeNull();
  });
});

describe("slotVerdict", () => {
  it("follows the marks when they are visible", () => {
    expect(slotVerdict(numeric, { points: 2, response: { value: 1 } }, { score: 2 })).toBe("correct");
    expect(slotVerdict(numeric, { points: 2, response: { value: 1 } }, { score: 0.5 })).toBe("partly_correct");
    expect(slotVerdict(numeric, { points: 2, response: { value: 1 } }, { score: 0 })).toBe("incorrect");
  });

  it("compares with the released correct options when the marks are hidden", () => {
    expect(slotVerdict(single, { points: 1, response: { optionId: "a" } }, { correctOptionIds: ["a"] })).toBe("correct");
    expect(slotVerdict(single, { points: 1, response: { optionId: "b" } }, { correctOptionIds: ["a"] })).toBe("incorrect");
    expect(slotVerdict(multiple, { points: 1, response: { optionIds: ["a"] } }, { correctOptionIds: ["a", "c"] })).toBe("partly_correct");
    expect(slotVerdict(trueFalse, { points: 1, response: { value: true } }, { correctResponse: { value: false } })).toBe("incorrect");
  });

  it("gives no verdict without marks or released answers, or for a number it cannot judge", () => {
    expect(slotVerdict(single, { points: 1, response: { optionId: "a" } }, { explanation: "…" })).toBeNull();
    expect(slotVerdict(numeric, { points: 1, response: { value: 3 } }, { correctResponse: { value: 3 } })).toBeNull();
    expect(slotVerdict(single, { points: 1, response: null }, { correctOptionIds: ["a"] })).toBeNull();
  });
});

describe("formatScore and formatMarks", () => {
  it("writes a score with its percentage", () => {
    expect(formatScore(12, 16)).toBe("12 / 16 (75%)");
    expect(formatScore(2.333333, 3)).toBe("2.33 / 3 (78%)");
    expect(formatScore(0, 0)).toBe("0 / 0 (0%)");
  });

  it("writes marks", () => {
    expect(formatMarks(1)).toBe("1 mark");
    expect(formatMarks(2.5)).toBe("2.5 marks");
  });
});
