import { describe, expect, it } from "vitest";
import { calculateTestStatistics } from "@/features/tests/lib/statistics";
import type { ClassGradingBacklog, ClassHeatmap, ClassItemAnalysis, ClassLearnersAtRisk } from "../teacher-types";
import { backlogToCsv, csvDocument, csvFileName, heatmapToCsv, itemAnalysisToCsv, learnersAtRiskToCsv } from "./analytics-csv";
import { reviewItem } from "./item-review";

const CLASS = { id: "c", name: "Stats", courseId: "k" };
const lines = (csv: string) => csv.split("\r\n");

describe("csvDocument", () => {
  it("quotes, defuses formulas and ends every line with CRLF", () => {
    expect(csvDocument([["a,b", "=SUM(A1)", 1.234, null], ["-2", -2]])).toBe(`"a,b",'=SUM(A1),1.23,\r\n'-2,-2\r\n`);
  });
});

describe("csvFileName", () => {
  it("names the file after the class and the table in plain ASCII", () => {
    expect(csvFileName("Statistics — Autumn cohort", "at-risk")).toBe("statistics-autumn-cohort-at-risk.csv");
    expect(csvFileName("Çalışma \"grubu\"", "items")).toBe("calsma-grubu-items.csv");
    expect(csvFileName("—", "heatmap")).toBe("class-heatmap.csv");
  });
});

describe("heatmapToCsv", () => {
  const heatmap: ClassHeatmap = {
    class: CLASS,
    topics: [
      { id: "t1", slug: "counting", name: "Counting" },
      { id: "t2", slug: "bayes", name: "Bayes, rule" },
    ],
    rows: [
      { learner: { id: "a", name: "@Ada", email: "ada@example.test" }, cells: [{ level: "proficient", chance: 0.8123, answers: 9 }, null] },
    ],
    averages: [
      { topicId: "t1", chance: 0.8123, learnersWithEvidence: 1 },
      { topicId: "t2", chance: null, learnersWithEvidence: 0 },
    ],
  };

  it("writes a percent and a level column per topic, blanks without evidence, and the class average last", () => {
    expect(lines(heatmapToCsv(heatmap))).toEqual([
      `Learner,Email,Counting (%),Counting level,"Bayes, rule (%)","Bayes, rule level"`,
      "'@Ada,ada@example.test,81.23,Proficient,,",
      "Class average,,81.23,1 with evidence,,0 with evidence",
      "",
    ]);
  });
});

describe("itemAnalysisToCsv", () => {
  it("writes one row per question with its test, reliability, figures and reasons", () => {
    const report = calculateTestStatistics({
      items: [{ key: "q1", maxMark: 1 }],
      attempts: [
        { userId: "a", attemptNumber: 1, itemScores: { q1: 1 }, total: 1, maxTotal: 1 },
        { userId: "b", attemptNumber: 1, itemScores: { q1: 1 }, total: 1, maxTotal: 1 },
      ],
    });
    const item = { ...report.items[0]!, type: "true_false", stem: "**Is** it?", position: 1 };
    const analysis: ClassItemAnalysis = {
      class: CLASS,
      tests: [{ testId: "T", title: "Unit test", dueAt: null, statisticsHref: "/x", summary: report.test, reliability: "unknown", items: [{ ...item, review: reviewItem(item) }], flaggedCount: 1 }],
    };
    const [header, row] = lines(itemAnalysisToCsv(analysis));
    expect(header).toBe("Test,Test reliability (CIC %),Position,Question,Type,Attempts,Facility (%),SD (%),Discrimination index (%),Discriminative efficiency (%),Flagged,Reasons");
    expect(row).toBe("Unit test,,1,Is it?,True / false,2,100,0,,,yes (few attempts),Too easy: Facility 100%: extremely easy; it tells learners apart little.");
  });
});

describe("backlogToCsv", () => {
  it("writes the learner, test, submission time, days waiting and the grading link", () => {
    const backlog: ClassGradingBacklog = {
      class: CLASS,
      entries: [
        {
          attemptId: "at",
          learner: { id: "a", name: "Ada", email: "ada@example.test" },
          test: { id: "T", title: "Unit test" },
          state: "submitted",
          submittedAt: new Date("2030-01-01T10:00:00Z"),
          waitingMs: 1.5 * 86_400_000,
          answersWaiting: 1,
          gradeHref: "/teach/grading?classId=c&attempt=at&slot=13",
        },
      ],
    };
    expect(lines(backlogToCsv(backlog))).toEqual([
      "Learner,Email,Test,Submitted at (UTC),Waiting (days),Answers waiting,State,Grading page",
      "Ada,ada@example.test,Unit test,2030-01-01T10:00:00.000Z,1.5,1,submitted,/teach/grading?classId=c&attempt=at&slot=13",
      "",
    ]);
  });
});

describe("learnersAtRiskToCsv", () => {
  it("writes every learner with yes/no, the reasons and the figures behind them", () => {
    const risk: ClassLearnersAtRisk = {
      class: CLASS,
      learners: [
        {
          learner: { id: "a", name: "Ada", email: "ada@example.test" },
          reasons: [{ code: "inactive", label: "Inactive", detail: "No activity in the course since joining 9 days ago." }],
          mastery: { averageChance: null, answers: 0, topics: 0 },
          overdue: [],
          lastActiveAt: null,
          joinedAt: new Date("2030-01-01T00:00:00Z"),
        },
        {
          learner: { id: "b", name: "Ben", email: "ben@example.test" },
          reasons: [],
          mastery: { averageChance: 0.7, answers: 12, topics: 2 },
          overdue: [],
          lastActiveAt: new Date("2030-01-09T08:00:00Z"),
          joinedAt: new Date("2030-01-01T00:00:00Z"),
        },
      ],
    };
    expect(lines(learnersAtRiskToCsv(risk))).toEqual([
      "Learner,Email,At risk,Reasons,Average mastery (%),Practised topics,Practice answers,Overdue assignments,Last active (UTC)",
      "Ada,ada@example.test,yes,Inactive: No activity in the course since joining 9 days ago.,,0,0,0,",
      "Ben,ben@example.test,no,,70,2,12,0,2030-01-09T08:00:00.000Z",
      "",
    ]);
  });
});
