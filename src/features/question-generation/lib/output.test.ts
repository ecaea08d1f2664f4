import { describe, expect, it } from "vitest";
import { toQuestionBody, type GeneratedDraftOutput } from "./output";

const base: GeneratedDraftOutput = {
  type: "single_choice",
  stem: "Complete: P(not A) = 1 − _____",
  options: [
    { text: "P(A)", correct: true, feedback: "" },
    { text: "P(B)", correct: false, feedback: "" },
  ],
  trueFalseAnswer: null,
  numericAnswer: null,
  tolerance: null,
  acceptedAnswers: [],
  rubric: [],
  explanation: "The complement rule.",
  topicSlug: null,
  difficulty: "easy",
  passageId: "P1",
  quote: "P(not A) = 1 − P(A)",
};

describe("toQuestionBody", () => {
  it("gives options ids a, b, c… and keeps the explanation", () => {
    const result = toQuestionBody(base);
    expect(result).toMatchObject({ ok: true, body: { type: "single_choice", explanation: "The complement rule.", options: [{ id: "a", correct: true }, { id: "b", correct: false }] } });
  });

  it("builds true/false, numeric, short-text and essay bodies from their fields", () => {
    expect(toQuestionBody({ ...base, type: "true_false", trueFalseAnswer: false })).toMatchObject({ ok: true, body: { type: "true_false", correct: false } });
    expect(toQuestionBody({ ...base, type: "numeric", numericAnswer: 0.25, tolerance: null })).toMatchObject({ ok: true, body: { answer: 0.25, tolerance: 0 } });
    expect(toQuestionBody({ ...base, type: "short_text", acceptedAnswers: ["complement"] })).toMatchObject({ ok: true, body: { acceptedAnswers: ["complement"] } });
    expect(toQuestionBody({ ...base, type: "essay", rubric: [{ criterion: "Method", description: "", points: 2 }] })).toMatchObject({ ok: true, body: { type: "essay", maxLength: 3_000 } });
  });

  it("says why a draft is not a valid question", () => {
    expect(toQuestionBody({ ...base, options: base.options.map((option) => ({ ...option, correct: true })) })).toEqual({ ok: false, message: "options: A single-choice question needs exactly one correct option (it has 2)" });
    expect(toQuestionBody({ ...base, type: "true_false", trueFalseAnswer: null }).ok).toBe(false);
    expect(toQuestionBody({ ...base, type: "essay", rubric: [] }).ok).toBe(false);
  });
});
