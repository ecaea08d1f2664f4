import { describe, expect, it } from "vitest";
import { answerKeyStrings, containsAnswerKey } from "./answer-key";

describe("answerKeyStrings", () => {
  it("collects the correct option, the option feedback and the explanation of a choice question", () => {
    const keys = answerKeyStrings({
      type: "single_choice",
      stem: "Which rule gives P(A ∪ B)?",
      explanation: "Inclusion–exclusion subtracts the overlap once.",
      options: [
        { id: "a", text: "P(A) + P(B) − P(A ∩ B)", correct: true, feedback: "" },
        { id: "b", text: "P(A) + P(B)", correct: false, feedback: "This counts the overlap twice." },
      ],
    });
    expect(keys).toEqual(["inclusion–exclusion subtracts the overlap once.", "p(a) + p(b) − p(a ∩ b)", "this counts the overlap twice."]);
    expect(keys).not.toContain("p(a) + p(b)");
  });

  it("leaves out fragments too short to reveal anything", () => {
    expect(answerKeyStrings({ type: "numeric", stem: "2+2?", explanation: "", answer: 4, tolerance: 0, unit: "" })).toEqual([]);
    expect(answerKeyStrings({ type: "short_text", stem: "Name it", explanation: "", acceptedAnswers: ["Bayes' theorem", "Bayes"] })).toEqual(["bayes' theorem"]);
  });
});

describe("containsAnswerKey", () => {
  it("finds a key in text regardless of case, spacing and curly quotes", () => {
    const keys = ["bayes' theorem"];
    expect(containsAnswerKey("By  BAYES’ Theorem we invert the condition.", keys)).toBe(true);
    expect(containsAnswerKey("The law of total probability.", keys)).toBe(false);
    expect(containsAnswerKey("anything", [])).toBe(false);
  });
});
