import { describe, expect, it } from "vitest";
import { csvCell, gradebookToCsv } from "./gradebook-csv";

describe("gradebookToCsv", () => {
  it("writes one row per learner with a score and a status per test", () => {
    const csv = gradebookToCsv({
      assignments: [{ title: "Unit test", gradingMethod: "highest" }, { title: "Checkpoint", gradingMethod: "average" }],
      rows: [
        { learner: { name: "Ada", email: "ada@example.test" }, cells: [{ score: 7.5, maxScore: 10, pending: false, attempts: 2 }, { score: null, maxScore: null, pending: false, attempts: 0 }] },
        { learner: { name: "Bo, Jr.", email: "bo@example.test" }, cells: [{ score: 3, maxScore: 10, pending: true, attempts: 1 }, { score: null, maxScore: null, pending: true, attempts: 1 }] },
      ],
    });
    expect(csv.split("\r\n")).toEqual([
      "Learner,Email,Unit test (highest),Unit test status,Checkpoint (average),Checkpoint status",
      "Ada,ada@example.test,7.5/10,graded,,not attempted",
      '"Bo, Jr.",bo@example.test,3/10,awaiting grading,,awaiting grading',
      "",
    ]);
  });

  it("defuses cells a spreadsheet would run as formulas and quotes quotes", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-2)).toBe("-2");
  });
});
