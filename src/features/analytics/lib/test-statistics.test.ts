import { describe, expect, it } from "vitest";
import { calculateTestStatistics } from "@/features/tests/lib/statistics";
import { groupByTest, testStatisticsFrom, type GradedAttempt, type GradedSlot } from "./test-statistics";

// Four learners on a two-question test; Dana took it twice.
const attempts: GradedAttempt[] = [
  { id: "a1", testId: "T", userId: "ann", attemptNumber: 1, score: 2, maxScore: 3 },
  { id: "a2", testId: "T", userId: "bob", attemptNumber: 1, score: 0, maxScore: 3 },
  { id: "a3", testId: "T", userId: "cat", attemptNumber: 1, score: 3, maxScore: 3 },
  { id: "a4", testId: "T", userId: "dana", attemptNumber: 1, score: 1, maxScore: 3 },
  { id: "a5", testId: "T", userId: "dana", attemptNumber: 2, score: 3, maxScore: 3 },
];
const slot = (attemptId: string, questionId: string, score: number | null): GradedSlot => ({
  attemptId,
  questionId,
  testItemPosition: questionId === "q1" ? 1 : 2,
  points: questionId === "q1" ? 1 : 2,
  score,
  type: "single_choice",
  stem: `Stem of ${questionId}`,
});
// Listed q2 first: the table still comes out in test order.
const slots: GradedSlot[] = [
  slot("a1", "q2", 2), slot("a1", "q1", 0),
  slot("a2", "q2", 0), slot("a2", "q1", null),
  slot("a3", "q2", 2), slot("a3", "q1", 1),
  slot("a4", "q2", 0), slot("a4", "q1", 1),
  slot("a5", "q2", 2), slot("a5", "q1", 1),
];

describe("testStatisticsFrom", () => {
  it("computes the test report's figures, a missing mark counting as 0, each learner's first attempt by default", () => {
    const figures = testStatisticsFrom(attempts, slots);
    const expected = calculateTestStatistics({
      items: [{ key: "q2", maxMark: 2 }, { key: "q1", maxMark: 1 }],
      attempts: [
        { userId: "ann", attemptNumber: 1, itemScores: { q2: 2, q1: 0 }, total: 2, maxTotal: 3 },
        { userId: "bob", attemptNumber: 1, itemScores: { q2: 0, q1: 0 }, total: 0, maxTotal: 3 },
        { userId: "cat", attemptNumber: 1, itemScores: { q2: 2, q1: 1 }, total: 3, maxTotal: 3 },
        { userId: "dana", attemptNumber: 1, itemScores: { q2: 0, q1: 1 }, total: 1, maxTotal: 3 },
        { userId: "dana", attemptNumber: 2, itemScores: { q2: 2, q1: 1 }, total: 3, maxTotal: 3 },
      ],
    });
    expect(figures.summary).toEqual(expected.test);
    expect(figures.summary.attemptCount).toBe(4);
    expect(figures.items.map((item) => [item.key, item.position, item.stem, item.maxMark])).toEqual([
      ["q1", 1, "Stem of q1", 1],
      ["q2", 2, "Stem of q2", 2],
    ]);
    expect(figures.items[0]).toMatchObject({ facility: 50, attemptCount: 4 });
  });

  it("counts every attempt when asked to", () => {
    expect(testStatisticsFrom(attempts, slots, "all").summary.attemptCount).toBe(5);
  });

  it("has nothing to analyse without graded attempts", () => {
    const figures = testStatisticsFrom([], []);
    expect(figures.items).toEqual([]);
    expect(figures.summary.attemptCount).toBe(0);
  });
});

describe("groupByTest", () => {
  it("splits attempts and their slots per test and drops slots of unknown attempts", () => {
    const groups = groupByTest(
      [{ id: "x", testId: "T1" }, { id: "y", testId: "T2" }],
      [{ attemptId: "x" }, { attemptId: "y" }, { attemptId: "y" }, { attemptId: "stray" }],
    );
    expect([...groups.keys()]).toEqual(["T1", "T2"]);
    expect(groups.get("T2")).toEqual({ attempts: [{ id: "y", testId: "T2" }], slots: [{ attemptId: "y" }, { attemptId: "y" }] });
  });
});
