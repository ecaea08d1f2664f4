import { describe, expect, it } from "vitest";
import { questionBodySchema, type QuestionBody } from "@/features/questions/schemas";
import { presentQuestion, presentReview } from "./present";

const SECRET = "SECRET-KEY-CANARY";

const bodies: QuestionBody[] = [
  {
    type: "single_choice",
    stem: "Pick one",
    explanation: `Because ${SECRET}`,
    options: [
      { id: "a", text: "Alpha", correct: true, feedback: `Right: ${SECRET}` },
      { id: "b", text: "Beta", correct: false, feedback: `Wrong: ${SECRET}` },
    ],
  },
  {
    type: "multiple_choice",
    stem: "Pick some",
    explanation: SECRET,
    scoring: "partial",
    options: [
      { id: "a", text: "Alpha", correct: true, feedback: SECRET },
      { id: "b", text: "Beta", correct: false, feedback: "" },
      { id: "c", text: "Gamma", correct: true, feedback: "" },
    ],
  },
  { type: "true_false", stem: "True?", explanation: SECRET, correct: false },
  { type: "numeric", stem: "How many?", explanation: SECRET, answer: 4242, tolerance: 0.5, unit: "cm" },
  { type: "short_text", stem: "Name it", explanation: SECRET, acceptedAnswers: [SECRET] },
  { type: "essay", stem: "Discuss", explanation: SECRET, rubric: [{ criterion: "Clarity", description: "Clear", points: 2 }], maxLength: 3_000 },
].map((body) => questionBodySchema.parse(body));

describe("presentQuestion", () => {
  it.each(bodies.map((body) => [body.type, body] as const))("gives a learner no part of the answer key for %s", (_type, body) => {
    const shown = JSON.stringify(presentQuestion(body, null));
    expect(shown).not.toContain(SECRET);
    expect(shown).not.toContain("correct");
    expect(shown).not.toContain("4242");
    expect(shown).not.toContain("tolerance");
    expect(shown).not.toContain("accepted");
  });

  it("shows options in the attempt's stored order", () => {
    const shown = presentQuestion(bodies[1]!, ["c", "a", "b"]);
    expect(shown.type === "multiple_choice" && shown.options.map((option) => option.id)).toEqual(["c", "a", "b"]);
  });
});

describe("presentReview", () => {
  const slot = { response: { optionId: "b" }, score: 0, feedback: "See me" };

  it("holds nothing when the policy shows nothing", () => {
    expect(presentReview(bodies[0]!, slot, { showScore: false, showFeedback: false, showCorrectAnswers: false })).toEqual({});
  });

  it("shows feedback for the chosen option without revealing the right one", () => {
    const review = presentReview(bodies[0]!, slot, { showScore: true, showFeedback: true, showCorrectAnswers: false });
    expect(review.optionFeedback).toEqual([{ id: "b", text: `Wrong: ${SECRET}`, html: `<p>Wrong: ${SECRET}</p>` }]);
    expect(review.score).toBe(0);
    expect(review.correctOptionIds).toBeUndefined();
    expect(review.correctResponse).toBeUndefined();
  });

  it("shows the correct options once allowed", () => {
    const review = presentReview(bodies[1]!, { response: { optionIds: [] }, score: 0, feedback: null }, { showScore: true, showFeedback: false, showCorrectAnswers: true });
    expect(review.correctOptionIds).toEqual(["a", "c"]);
  });
});

describe("presentReview of an AI-graded essay", () => {
  const essay = { type: "essay" as const, stem: "Explain.", explanation: "", rubric: [{ criterion: "Method", description: "", points: 2 }], maxLength: 1_000 };
  const visible = { showScore: true, showFeedback: true, showCorrectAnswers: false };

  it("says the mark came from AI when feedback has no grading teacher", () => {
    expect(presentReview(essay, { response: { text: "x" }, score: 1, feedback: "Method (1/2): ok", gradedBy: null }, visible)).toMatchObject({ aiGraded: true });
    expect(presentReview(essay, { response: { text: "x" }, score: 1, feedback: "Good", gradedBy: "teacher-id" }, visible).aiGraded).toBeUndefined();
  });
});
