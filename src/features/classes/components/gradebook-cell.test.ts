import { describe, expect, it } from "vitest";
import { describeGradebookCell, formatFraction } from "./gradebook-cell";

const cell = (overrides: Partial<Parameters<typeof describeGradebookCell>[0]>) => ({ fraction: null, score: null, maxScore: null, attempts: 1, pending: false, ...overrides });

describe("describeGradebookCell", () => {
  it("shows a graded cell as a percentage and marks", () => {
    expect(describeGradebookCell(cell({ fraction: 0.75, score: 12, maxScore: 16 }))).toEqual({ percent: "75%", marks: "12/16", status: null });
  });

  it("says when a learner has not attempted the test", () => {
    expect(describeGradebookCell(cell({ attempts: 0 }))).toEqual({ percent: null, marks: null, status: "not attempted" });
  });

  it("keeps a provisional grade and says it is awaiting grading", () => {
    expect(describeGradebookCell(cell({ fraction: 0.5, score: 7.5, maxScore: 15, pending: true }))).toEqual({ percent: "50%", marks: "7.5/15", status: "awaiting grading" });
    expect(describeGradebookCell(cell({ pending: true }))).toEqual({ percent: null, marks: null, status: "awaiting grading" });
  });

  it("explains attempts that are in progress or abandoned", () => {
    expect(describeGradebookCell(cell({ attempts: 2 })).status).toBe("no graded attempt yet");
  });

  it("rounds percentages to one decimal and marks to two", () => {
    expect(formatFraction(2 / 3)).toBe("66.7%");
    expect(describeGradebookCell(cell({ fraction: 1 / 3, score: 10 / 3, maxScore: 10 })).marks).toBe("3.33/10");
  });
});
