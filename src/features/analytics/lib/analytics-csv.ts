import { MASTERY_LABELS } from "@/components/charts/mastery-labels";
import { csvCell } from "@/features/classes/lib/gradebook-csv";
import { ITEM_FIGURES, typeLabel } from "@/features/tests/components/statistics-format";
import { stemPreview } from "@/features/tests/components/stem-preview";
import type { ClassGradingBacklog, ClassHeatmap, ClassItemAnalysis, ClassLearnersAtRisk } from "../teacher-types";

// Every table of the class analytics page as CSV. Cells go through the gradebook's csvCell
// (quoting, and a leading ' on text a spreadsheet would run as a formula).

export const ANALYTICS_TABLES = ["heatmap", "items", "backlog", "at-risk"] as const;
export type AnalyticsTable = (typeof ANALYTICS_TABLES)[number];

type Cell = string | number | null;

const DAY_MS = 86_400_000;
const percent = (chance: number | null) => (chance === null ? null : chance * 100);
const round2 = (value: number) => Math.round(value * 100) / 100 + 0;

/** "statistics-autumn-cohort-at-risk.csv" from "Statistics — Autumn cohort" (ASCII only, so every browser keeps the name). */
export function csvFileName(className: string, table: AnalyticsTable): string {
  const stem = className.normalize("NFKD").replace(/[^\w\s-]/g, "").trim().replace(/[\s_-]+/g, "-").toLowerCase().slice(0, 60);
  return `${stem || "class"}-${table}.csv`;
}

export function csvDocument(lines: readonly (readonly Cell[])[]): string {
  return lines.map((line) => line.map((value) => csvCell(value)).join(",")).join("\r\n") + "\r\n";
}

/** Learners × topics: each topic's predicted chance (%) and level; blank where there is no evidence; the class average last. */
export function heatmapToCsv(heatmap: ClassHeatmap): string {
  const header = ["Learner", "Email", ...heatmap.topics.flatMap((topic) => [`${topic.name} (%)`, `${topic.name} level`])];
  const rows = heatmap.rows.map((row) => [
    row.learner.name,
    row.learner.email,
    ...row.cells.flatMap((cell): Cell[] => (cell ? [percent(cell.chance), MASTERY_LABELS[cell.level]] : [null, null])),
  ]);
  const average = ["Class average", null, ...heatmap.averages.flatMap((topic): Cell[] => [percent(topic.chance), `${topic.learnersWithEvidence} with evidence`])];
  return csvDocument([header, ...rows, ...(heatmap.rows.length > 0 ? [average] : [])]);
}

/** One row per question of every assigned test, with the test's reliability and the review reasons. */
export function itemAnalysisToCsv(analysis: ClassItemAnalysis): string {
  const header = ["Test", "Test reliability (CIC %)", "Position", "Question", "Type", "Attempts", ...ITEM_FIGURES.map((figure) => `${figure.label} (%)`), "Flagged", "Reasons"];
  const rows = analysis.tests.flatMap((test) =>
    test.items.map((item): Cell[] => [
      test.title,
      test.summary.internalConsistency === null ? null : round2(test.summary.internalConsistency),
      item.position,
      stemPreview(item.stem, 500),
      typeLabel(item.type),
      item.attemptCount,
      ...ITEM_FIGURES.map((figure) => {
        const value = item[figure.key];
        return value === null ? null : round2(value);
      }),
      item.review.flagged ? (item.review.tentative ? "yes (few attempts)" : "yes") : "no",
      item.review.reasons.map((reason) => `${reason.label}: ${reason.detail}`).join(" "),
    ]),
  );
  return csvDocument([header, ...rows]);
}

/** Attempts waiting for a teacher, oldest first. */
export function backlogToCsv(backlog: ClassGradingBacklog): string {
  const header = ["Learner", "Email", "Test", "Submitted at (UTC)", "Waiting (days)", "Answers waiting", "State", "Grading page"];
  const rows = backlog.entries.map((entry): Cell[] => [
    entry.learner.name,
    entry.learner.email,
    entry.test.title,
    entry.submittedAt ? entry.submittedAt.toISOString() : null,
    entry.waitingMs === null ? null : round2(entry.waitingMs / DAY_MS),
    entry.answersWaiting,
    entry.state,
    entry.gradeHref,
  ]);
  return csvDocument([header, ...rows]);
}

/** Every learner with the figures behind the rules; "At risk" says whether any rule fired. */
export function learnersAtRiskToCsv(risk: ClassLearnersAtRisk): string {
  const header = ["Learner", "Email", "At risk", "Reasons", "Average mastery (%)", "Practised topics", "Practice answers", "Overdue assignments", "Last active (UTC)"];
  const rows = risk.learners.map((entry): Cell[] => [
    entry.learner.name,
    entry.learner.email,
    entry.reasons.length > 0 ? "yes" : "no",
    entry.reasons.map((reason) => `${reason.label}: ${reason.detail}`).join(" "),
    percent(entry.mastery.averageChance),
    entry.mastery.topics,
    entry.mastery.answers,
    entry.overdue.length,
    entry.lastActiveAt ? entry.lastActiveAt.toISOString() : null,
  ]);
  return csvDocument([header, ...rows]);
}
