import { describe, expect, it } from "vitest";
import { validateEssayGrade } from "./grade-output";
import { shortTextRubric } from "./short-text";

describe("shortTextRubric", () => {
  it("is one criterion worth one point that lists every accepted answer", () => {
    const rubric = shortTextRubric(["independent", "independence"]);
    expect(rubric).toHaveLength(1);
    expect(rubric[0]).toMatchObject({ points: 1, description: expect.stringContaining('"independent", "independence"') });
  });

  it("scales a one-point verdict to the slot's marks, and refuses more than the point", () => {
    const rubric = shortTextRubric(["0.5"]);
    const grade = (points: number) => ({ criteria: [{ criterion: rubric[0]!.criterion, points, feedback: "Same value." }], score: points, confidence: 0.9, summary: "" });
    expect(validateEssayGrade(grade(1), rubric, 2)).toMatchObject({ ok: true, grade: { score: 2, maxScore: 2 } });
    expect(validateEssayGrade(grade(2), rubric, 2).ok).toBe(false);
  });
});
