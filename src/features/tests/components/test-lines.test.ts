import { describe, expect, it } from "vitest";
import { checkDraws, linesFromItems, linesToItems, moveLine, totalMarks, type BankEntry, type EditorLine } from "./test-lines";

const bank: BankEntry[] = [
  { id: "q1", topicSlugs: ["counting"], archived: false },
  { id: "q2", topicSlugs: ["counting"], archived: false },
  { id: "q3", topicSlugs: ["counting", "bayes"], archived: false },
  { id: "q4", topicSlugs: ["counting"], archived: true },
  { id: "q5", topicSlugs: ["bayes"], archived: false },
];

describe("checkDraws", () => {
  it("leaves out archived questions and those the test chooses by hand", () => {
    const lines: EditorLine[] = [
      { key: "a", kind: "question", questionId: "q1", points: 1 },
      { key: "b", kind: "draw", topicSlug: "counting", drawCount: 3, points: 1 },
    ];
    expect(checkDraws(lines, bank).get("b")).toEqual({ available: 2, requested: 3, short: true });
  });

  it("lets an earlier draw of the same topic use up the pool", () => {
    const lines: EditorLine[] = [
      { key: "a", kind: "draw", topicSlug: "counting", drawCount: 2, points: 1 },
      { key: "b", kind: "draw", topicSlug: "counting", drawCount: 1, points: 1 },
    ];
    const checks = checkDraws(lines, bank);
    expect(checks.get("a")).toEqual({ available: 3, requested: 2, short: false });
    expect(checks.get("b")).toEqual({ available: 1, requested: 1, short: false });
  });

  it("finds no questions for a topic nothing is tagged with", () => {
    const lines: EditorLine[] = [{ key: "a", kind: "draw", topicSlug: "normal", drawCount: 1, points: 1 }];
    expect(checkDraws(lines, bank).get("a")).toEqual({ available: 0, requested: 1, short: true });
  });
});

describe("totalMarks", () => {
  it("counts each draw at what it can actually draw", () => {
    const lines: EditorLine[] = [
      { key: "a", kind: "question", questionId: "q5", points: 2 },
      { key: "b", kind: "draw", topicSlug: "counting", drawCount: 5, points: 1.5 },
    ];
    expect(totalMarks(lines, checkDraws(lines, bank))).toEqual({ questions: 4, marks: 6.5 });
  });
});

describe("moveLine", () => {
  it("moves a line up or down and ignores moves past either end", () => {
    expect(moveLine(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveLine(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveLine(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
  });
});

describe("lines and items", () => {
  it("round-trips the saved lines into what replaceTestItems takes", () => {
    const lines = linesFromItems([
      { position: 1, questionId: "q1", topicSlug: null, drawCount: 1, points: 2 },
      { position: 2, questionId: null, topicSlug: "bayes", drawCount: 3, points: 1 },
    ]);
    expect(linesToItems(lines)).toEqual([
      { kind: "question", questionId: "q1", points: 2 },
      { kind: "draw", topicSlug: "bayes", drawCount: 3, points: 1 },
    ]);
  });
});
