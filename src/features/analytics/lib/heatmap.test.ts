import { describe, expect, it } from "vitest";
import { masteryLevel, predictCorrect } from "@/features/practice/lib/elo";
import { buildHeatmap, masteryCell } from "./heatmap";

const learners = [
  { id: "a", name: "Ada", email: "ada@example.test" },
  { id: "b", name: "Ben", email: "ben@example.test" },
];
const topics = [
  { id: "t1", slug: "counting", name: "Counting" },
  { id: "t2", slug: "bayes", name: "Bayes" },
];

describe("masteryCell", () => {
  it("says what the learner's dashboard says: course skill plus topic offset", () => {
    const cell = masteryCell({ courseValue: 1.5, offset: 1, count: 12 });
    expect(cell).toEqual({ level: masteryLevel({ value: 2.5, count: 12 }), chance: predictCorrect(2.5, 0), answers: 12 });
    expect(cell?.level).toBe("mastered");
  });

  it("is empty without evidence", () => {
    expect(masteryCell({ courseValue: 2, offset: 0, count: 0 })).toBeNull();
  });
});

describe("buildHeatmap", () => {
  it("puts each learner's ratings under their topics and averages the learners with evidence", () => {
    const heatmap = buildHeatmap(learners, topics, [
      { userId: "a", topicId: "t1", offset: 0, courseValue: 0, count: 3 },
      { userId: "b", topicId: "t1", offset: 2, courseValue: 0, count: 8 },
      { userId: "b", topicId: "t9", offset: 2, courseValue: 0, count: 8 },
    ]);
    expect(heatmap.rows.map((row) => row.learner.id)).toEqual(["a", "b"]);
    expect(heatmap.rows[0]!.cells).toEqual([{ level: "attempted", chance: 0.5, answers: 3 }, null]);
    expect(heatmap.rows[1]!.cells[0]).toMatchObject({ level: "proficient", answers: 8 });
    expect(heatmap.averages).toEqual([
      { topicId: "t1", chance: expect.closeTo((0.5 + predictCorrect(2, 0)) / 2, 9), learnersWithEvidence: 2 },
      { topicId: "t2", chance: null, learnersWithEvidence: 0 },
    ]);
  });

  it("has a row per learner even in a class with no practice yet", () => {
    const heatmap = buildHeatmap(learners, topics, []);
    expect(heatmap.rows.every((row) => row.cells.every((cell) => cell === null))).toBe(true);
    expect(heatmap.averages.map((average) => average.chance)).toEqual([null, null]);
  });
});
