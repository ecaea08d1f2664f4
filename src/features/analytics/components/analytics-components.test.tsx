// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { calculateTestStatistics } from "@/features/tests/lib/statistics";
import { reviewItem } from "../lib/item-review";
import type { ClassHeatmap, LearnerRisk, TestItemAnalysis } from "../teacher-types";
import { ItemAnalysis } from "./item-analysis";
import { LearnersAtRiskTable } from "./learners-at-risk-table";
import { MasteryHeatmap } from "./mastery-heatmap";
import { TopicAverageChart } from "./topic-average-chart";

afterEach(cleanup);

const heatmap: ClassHeatmap = {
  class: { id: "c", name: "Stats", courseId: "k" },
  topics: [
    { id: "t1", slug: "counting", name: "Counting" },
    { id: "t2", slug: "bayes", name: "Bayes" },
  ],
  rows: [
    { learner: { id: "a", name: "Ada", email: "a@example.test" }, cells: [{ level: "proficient", chance: 0.8, answers: 9 }, null] },
    { learner: { id: "b", name: "Ben", email: "b@example.test" }, cells: [{ level: "attempted", chance: 0.4, answers: 2 }, null] },
  ],
  averages: [
    { topicId: "t1", chance: 0.6, learnersWithEvidence: 2 },
    { topicId: "t2", chance: null, learnersWithEvidence: 0 },
  ],
};

describe("MasteryHeatmap", () => {
  it("is a captioned table whose cells say the level in words, not only in colour", () => {
    render(<MasteryHeatmap heatmap={heatmap} />);
    const table = screen.getByRole("table");
    expect(table.querySelector("caption")?.textContent).toMatch(/^Mastery of each learner in Stats by topic/);
    const ada = within(table).getByRole("row", { name: /^Ada/ });
    const cells = within(ada).getAllByRole("cell");
    expect(cells.map((cell) => cell.textContent)).toEqual(["◕ Proficient, 80%, 9 answers", "—No practice yet"]);
    expect(cells[0]!.className).toMatch(/bg-primary/);
    expect(within(table).getByRole("rowheader", { name: "Class average" })).toBeTruthy();
    // The legend names every level with its symbol.
    expect(screen.getByRole("list", { name: "Legend:" }).textContent).toBe("—No practice yet◔Attempted◑Familiar◕Proficient●Mastered");
  });
});

describe("TopicAverageChart", () => {
  it("draws the class averages with a summary and repeats them in a table", () => {
    const topics = heatmap.topics.map((topic, index) => ({ ...topic, ...heatmap.averages[index]! }));
    render(<TopicAverageChart title="Class average by topic" topics={topics} learnerCount={2} />);
    const figure = screen.getByRole("figure", { name: "Class average by topic" });
    const svg = within(figure).getByRole("img", { name: "Class average by topic" });
    expect(document.getElementById(svg.getAttribute("aria-describedby")!)?.textContent).toBe("1 of 2 topics practised: Counting at 60%.");
    expect(svg.querySelectorAll("rect.visx-bar")).toHaveLength(1);
    const rows = within(within(figure).getByRole("table", { hidden: true })).getAllByRole("row", { hidden: true }).slice(1);
    expect(rows.map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent))).toEqual([
      ["Counting", "60%", "2 of 2"],
      ["Bayes", "No practice yet", "0 of 2"],
    ]);
  });
});

describe("ItemAnalysis", () => {
  it("marks a flagged question with its reason, and says when a test has no graded attempts", () => {
    const report = calculateTestStatistics({
      items: [{ key: "q1", maxMark: 1 }],
      attempts: ["a", "b", "c"].map((userId) => ({ userId, attemptNumber: 1, itemScores: { q1: 1 }, total: 1, maxTotal: 1 })),
    });
    const item = { ...report.items[0]!, type: "true_false", stem: "Is it?", position: 1 };
    const base = { dueAt: null, statisticsHref: "/stats", summary: report.test, reliability: "unknown" as const };
    const tests: TestItemAnalysis[] = [
      { ...base, testId: "T1", title: "Unit test", items: [{ ...item, review: reviewItem(item) }], flaggedCount: 1 },
      { ...base, testId: "T2", title: "Checkpoint", items: [], flaggedCount: 0 },
    ];
    render(<ItemAnalysis tests={tests} />);
    const unit = screen.getByRole("article", { name: "Unit test" });
    expect(within(unit).getByText("1 of 1 questions flagged")).toBeTruthy();
    expect(within(unit).getByRole("row", { name: /Is it\?/ }).textContent).toMatch(/Flagged: Too easy/);
    expect(within(screen.getByRole("article", { name: "Checkpoint" })).getByText(/No graded attempts from this class yet/)).toBeTruthy();
  });
});

describe("LearnersAtRiskTable", () => {
  const entry = (name: string, reasons: LearnerRisk["reasons"]): LearnerRisk => ({
    learner: { id: name, name, email: `${name}@example.test` },
    reasons,
    mastery: { averageChance: null, answers: 0, topics: 0 },
    overdue: [],
    lastActiveAt: null,
    joinedAt: new Date("2030-01-01T00:00:00Z"),
  });

  it("lists only learners with reasons and counts the rest", () => {
    render(<LearnersAtRiskTable learners={[entry("Ada", [{ code: "inactive", label: "Inactive", detail: "No activity." }]), entry("Ben", [])]} />);
    const rows = screen.getAllByRole("row").slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toMatch(/^Ada.*Inactive.*No activity\..*No practice.*Never$/);
    expect(screen.getByText(/1 other learner shows no warning sign/)).toBeTruthy();
  });

  it("has an empty state for a class with nobody at risk", () => {
    render(<LearnersAtRiskTable learners={[entry("Ben", [])]} />);
    expect(screen.getByText("No learner shows a warning sign right now.")).toBeTruthy();
  });
});
