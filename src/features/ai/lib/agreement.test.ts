import { describe, expect, it } from "vitest";
import { exactAgreement, quadraticWeightedKappa } from "./agreement";

// Ten answers marked 0–2 by a teacher (a) and the AI (b).
const teacher = [0, 0, 0, 1, 1, 1, 1, 2, 2, 2];
const ai = [0, 0, 1, 1, 1, 2, 1, 2, 2, 1];

describe("exactAgreement", () => {
  it("is the share of answers given the same mark", () => {
    expect(exactAgreement(teacher, ai)).toBe(0.7);
    expect(exactAgreement([1, 2], [1, 2])).toBe(1);
    expect(exactAgreement([1, 2], [2, 1])).toBe(0);
  });

  it("rounds marks to the nearest step first, halves up", () => {
    expect(exactAgreement([2.5, 1.4, 0.49], [3, 1, 0])).toBe(1);
    expect(exactAgreement([2.5, 1.25], [2.5, 1.5], 0.5)).toBe(1);
    expect(exactAgreement([2.5], [3], 0.5)).toBe(0);
    expect(exactAgreement([0.3], [0.30000000000000004], 0.1)).toBe(1);
  });

  it("refuses lists of different lengths, no marks or a bad step", () => {
    expect(() => exactAgreement([1, 2], [1])).toThrow(RangeError);
    expect(() => exactAgreement([], [])).toThrow(RangeError);
    expect(() => exactAgreement([1], [1], 0)).toThrow(RangeError);
    expect(() => exactAgreement([Number.NaN], [1])).toThrow(RangeError);
  });
});

describe("quadraticWeightedKappa", () => {
  it("matches a hand-computed 3 × 3 example", () => {
    // Observed counts O (rows: teacher 0,1,2; columns: AI 0,1,2):
    //   [2 1 0]   row totals 3, 4, 3
    //   [0 3 1]   column totals 2, 5, 3
    //   [0 1 2]
    // Weights w = (i - j)² / 2²: 0.25 one category apart, 1 two apart.
    // Σ w·O = 0.25 · (1 + 1 + 1) = 0.75
    // Chance E[i][j] = row_i · column_j / 10:
    //   [0.6 1.5 0.9]
    //   [0.8 2.0 1.2]
    //   [0.6 1.5 0.9]
    // Σ w·E = 0.25 · (1.5 + 0.8 + 1.2 + 1.5) + 1 · (0.9 + 0.6) = 1.25 + 1.5 = 2.75
    // κ = 1 - 0.75 / 2.75 = 8/11
    expect(quadraticWeightedKappa(teacher, ai, 0, 2)).toBeCloseTo(8 / 11, 12);
  });

  it("is 1 for perfect agreement and -1 for marks reflected across the scale", () => {
    expect(quadraticWeightedKappa([0, 1, 2, 2], [0, 1, 2, 2], 0, 2)).toBe(1);
    // O has 1 at [0][2] and [2][0]: Σ w·O = 2; E is 0.5 in each corner: Σ w·E = 1.
    expect(quadraticWeightedKappa([0, 2], [2, 0], 0, 2)).toBe(-1);
  });

  it("weighs a near miss less than a far one", () => {
    const near = quadraticWeightedKappa([0, 1, 2, 3, 4], [0, 1, 2, 3, 3], 0, 4);
    const far = quadraticWeightedKappa([0, 1, 2, 3, 4], [0, 1, 2, 3, 0], 0, 4);
    expect(near).toBeGreaterThan(far);
    expect(near).toBeLessThan(1);
  });

  it("is 1 when both graders give everyone the same mark, and 0 when one grader is constant otherwise", () => {
    expect(quadraticWeightedKappa([1, 1, 1], [1, 1, 1], 0, 2)).toBe(1);
    expect(quadraticWeightedKappa([1, 1], [2, 2], 0, 2)).toBe(0);
    expect(quadraticWeightedKappa([1, 1, 1], [0, 1, 2], 0, 2)).toBe(0);
    expect(quadraticWeightedKappa([3, 3], [3, 3], 3, 3)).toBe(1);
  });

  it("puts half marks in categories a step apart", () => {
    // Step 0.5 makes 0..2 five categories, w = (i - j)² / 16. Categories: a = 0, 4, 3; b = 0, 4, 4.
    // Σ w·O = w(3,4) = 1/16. Rows: one each in 0, 3, 4; columns: one in 0, two in 4.
    // Σ w·E = (1·1·2 [0,4] + 9/16·1·1 [3,0] + 1/16·1·2 [3,4] + 1·1·1 [4,0]) / 3 = 59/48
    // κ = 1 - (1/16) / (59/48) = 56/59
    expect(quadraticWeightedKappa([0, 2, 1.5], [0, 2, 2], 0, 2, 0.5)).toBeCloseTo(56 / 59, 12);
    // With the default step, 1.5 rounds up to 2 and the graders agree completely.
    expect(quadraticWeightedKappa([0, 2, 1.5], [0, 2, 2], 0, 2)).toBe(1);
  });

  it("refuses marks outside the range and a range upside down", () => {
    expect(() => quadraticWeightedKappa([3], [1], 0, 2)).toThrow(RangeError);
    expect(() => quadraticWeightedKappa([1], [1], 2, 0)).toThrow(RangeError);
    expect(() => quadraticWeightedKappa([1, 2], [1], 0, 2)).toThrow(RangeError);
  });
});
