import { describe, expect, it } from "vitest";
import { assessLearnerRisk, daysBetween, INACTIVE_AFTER_DAYS, LOW_MASTERY_BELOW, masteryEvidence, MIN_ANSWERS_FOR_MASTERY, type RiskFacts } from "./at-risk";

const NOW = new Date("2030-03-10T12:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

const HEALTHY: RiskFacts = {
  mastery: { averageChance: 0.8, answers: 40, topics: 4 },
  overdue: [],
  lastActiveAt: daysAgo(1),
  joinedAt: daysAgo(30),
};
const codes = (facts: Partial<RiskFacts>) => assessLearnerRisk({ ...HEALTHY, ...facts }, NOW).map((reason) => reason.code);

describe("assessLearnerRisk", () => {
  it("finds nothing wrong with an active learner who practises well and hands work in", () => {
    expect(codes({})).toEqual([]);
  });

  it("calls mastery low below the threshold only with enough evidence", () => {
    const low = LOW_MASTERY_BELOW - 0.01;
    expect(codes({ mastery: { averageChance: low, answers: MIN_ANSWERS_FOR_MASTERY, topics: 3 } })).toEqual(["low_mastery"]);
    expect(codes({ mastery: { averageChance: low, answers: MIN_ANSWERS_FOR_MASTERY - 1, topics: 3 } })).toEqual([]);
    expect(codes({ mastery: { averageChance: LOW_MASTERY_BELOW, answers: 50, topics: 3 } })).toEqual([]);
    expect(codes({ mastery: { averageChance: null, answers: 0, topics: 0 } })).toEqual([]);
  });

  it("names each overdue assignment with its due day, and ignores one not yet due", () => {
    const reasons = assessLearnerRisk({ ...HEALTHY, overdue: [{ title: "Unit test", dueAt: daysAgo(2) }, { title: "Quiz", dueAt: new Date(NOW.getTime() + 1000) }] }, NOW);
    expect(reasons).toEqual([{ code: "overdue_work", label: "Overdue work", detail: "1 assignment past due with nothing submitted: Unit test (due 2030-03-08)." }]);
  });

  it("flags a week without activity, counted from the last activity", () => {
    expect(codes({ lastActiveAt: daysAgo(INACTIVE_AFTER_DAYS) })).toEqual(["inactive"]);
    expect(codes({ lastActiveAt: daysAgo(INACTIVE_AFTER_DAYS - 0.01) })).toEqual([]);
    expect(assessLearnerRisk({ ...HEALTHY, lastActiveAt: daysAgo(9) }, NOW)[0]?.detail).toBe("No activity in the course for 9 days (last on 2030-03-01).");
  });

  it("gives a learner who never did anything a week from joining before calling them inactive", () => {
    expect(codes({ lastActiveAt: null, joinedAt: daysAgo(3) })).toEqual([]);
    const reasons = assessLearnerRisk({ ...HEALTHY, lastActiveAt: null, joinedAt: daysAgo(12) }, NOW);
    expect(reasons.map((reason) => reason.detail)).toEqual(["No activity in the course since joining 12 days ago."]);
  });

  it("lists every reason that applies, in a fixed order", () => {
    const facts: RiskFacts = {
      mastery: { averageChance: 0.3, answers: 25, topics: 2 },
      overdue: [{ title: "Unit test", dueAt: daysAgo(1) }],
      lastActiveAt: daysAgo(10),
      joinedAt: daysAgo(40),
    };
    const reasons = assessLearnerRisk(facts, NOW);
    expect(reasons.map((reason) => reason.code)).toEqual(["low_mastery", "overdue_work", "inactive"]);
    expect(reasons[0]?.detail).toBe("Average predicted score 30% over 2 practised topics (25 answers), below 55%.");
  });
});

describe("masteryEvidence", () => {
  it("averages the practised topics once each and skips topics without evidence", () => {
    const evidence = masteryEvidence([
      { level: "familiar", chance: 0.6, answers: 4 },
      null,
      { level: "attempted", chance: 0.2, answers: 16 },
    ]);
    expect(evidence).toEqual({ averageChance: expect.closeTo(0.4, 9), answers: 20, topics: 2 });
    expect(masteryEvidence([null, null])).toEqual({ averageChance: null, answers: 0, topics: 0 });
  });
});

describe("daysBetween", () => {
  it("counts whole days and never goes below zero", () => {
    expect(daysBetween(daysAgo(6.9), NOW)).toBe(6);
    expect(daysBetween(new Date(NOW.getTime() + 5_000), NOW)).toBe(0);
  });
});
