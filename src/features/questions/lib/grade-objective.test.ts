import { describe, expect, it } from "vitest";
import type { QuestionBody } from "@/features/questions/schemas";
import { gradeObjectiveAnswer } from "./grade-objective";

const choice: QuestionBody = {
  type: "single_choice",
  stem: "Pick a",
  explanation: "",
  options: [
    { id: "a", text: "A", correct: true, feedback: "" },
    { id: "b", text: "B", correct: false, feedback: "" },
  ],
};
const essay: QuestionBody = { type: "essay", stem: "Why?", explanation: "", rubric: [{ criterion: "Clarity", description: "", points: 1 }], maxLength: 200 };

describe("gradeObjectiveAnswer", () => {
  it("returns the share of marks earned", () => {
    expect(gradeObjectiveAnswer(choice, { optionId: "a" })).toBe(1);
    expect(gradeObjectiveAnswer(choice, { optionId: "b" })).toBe(0);
  });

  it("refuses a blank, malformed or unknown answer and an essay with BAD_REQUEST", () => {
    expect(() => gradeObjectiveAnswer(choice, null)).toThrow(expect.objectContaining({ code: "BAD_REQUEST", message: "Answer the question first." }));
    expect(() => gradeObjectiveAnswer(choice, { optionId: "zz" })).toThrow(expect.objectContaining({ code: "BAD_REQUEST" }));
    expect(() => gradeObjectiveAnswer(essay, { text: "Because." })).toThrow(expect.objectContaining({ code: "BAD_REQUEST" }));
  });
});
