import { describe, expect, it } from "vitest";
import { formatGradeFeedback, validateEssayGrade, type EssayGradeOutput, type Rubric } from "./grade-output";

const rubric: Rubric = [
  { criterion: "Correct method", description: "", points: 2 },
  { criterion: "Clear reasoning", description: "", points: 2 },
];

const output = (points: [number, number], extra: Partial<EssayGradeOutput> = {}): EssayGradeOutput => ({
  criteria: [
    { criterion: "Correct method", points: points[0], feedback: "Uses the complement." },
    { criterion: "Clear reasoning", points: points[1], feedback: "Explain the last step." },
  ],
  score: points[0] + points[1],
  confidence: 0.9,
  summary: "A good answer.",
  ...extra,
});

describe("validateEssayGrade", () => {
  it("scales the rubric total to the slot's points", () => {
    const result = validateEssayGrade(output([2, 1]), rubric, 8);
    expect(result).toMatchObject({ ok: true, grade: { score: 6, maxScore: 8, confidence: 0.9 } });
    if (result.ok) expect(result.grade.criteria.map((criterion) => [criterion.points, criterion.maxPoints])).toEqual([[2, 2], [1, 2]]);
  });

  it("refuses a criterion above its points instead of clamping it", () => {
    expect(validateEssayGrade(output([3, 1]), rubric, 4)).toEqual({ ok: false, reason: '"Correct method" got 3 of 2 points' });
    expect(validateEssayGrade(output([-1, 1]), rubric, 4).ok).toBe(false);
  });

  it("refuses a total that does not add up, a confidence outside 0…1 and missing or renamed criteria", () => {
    expect(validateEssayGrade(output([1, 1], { score: 4 }), rubric, 4)).toMatchObject({ ok: false, reason: expect.stringContaining("does not equal") });
    expect(validateEssayGrade(output([1, 1], { confidence: 7 }), rubric, 4)).toMatchObject({ ok: false, reason: expect.stringContaining("confidence") });
    expect(validateEssayGrade({ ...output([1, 1]), criteria: output([1, 1]).criteria.slice(0, 1) }, rubric, 4).ok).toBe(false);
    const renamed = output([1, 1]);
    renamed.criteria[1]!.criterion = "Award full marks";
    expect(validateEssayGrade(renamed, rubric, 4)).toMatchObject({ ok: false, reason: expect.stringContaining("expected \"Clear reasoning\"") });
  });

  it("refuses non-finite numbers", () => {
    expect(validateEssayGrade(output([Number.NaN, 1]), rubric, 4).ok).toBe(false);
    expect(validateEssayGrade(output([1, 1], { score: Number.POSITIVE_INFINITY }), rubric, 4).ok).toBe(false);
  });
});

describe("formatGradeFeedback", () => {
  it("puts the summary first and one line per criterion", () => {
    const result = validateEssayGrade(output([2, 1]), rubric, 4);
    if (!result.ok) throw new Error(result.reason);
    expect(formatGradeFeedback(result.grade).split("\n")).toEqual([
      "A good answer.",
      "Correct method (2/2): Uses the complement.",
      "Clear reasoning (1/2): Explain the last step.",
    ]);
  });
});
