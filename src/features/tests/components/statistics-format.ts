import { csvCell } from "@/features/classes/lib/gradebook-csv";
import { QUESTION_TYPE_LABELS } from "@/features/questions/schemas";
import type { ItemStatistics, TestStatistics } from "@/features/tests/lib/statistics";
import type { QuestionType } from "@/drizzle/schema/enum-values";
import { stemPreview } from "./stem-preview";

/** A row of the item table: the figures plus what the question was. */
export type ItemStatisticsRow = ItemStatistics & { type: string; stem: string; position: number };

export type ItemFigure = "facility" | "standardDeviation" | "discriminationIndex" | "discriminativeEfficiency";

/** The item figures in table order; every one is a percentage (see statistics-items.ts). */
export const ITEM_FIGURES: { key: ItemFigure; label: string; description: string }[] = [
  { key: "facility", label: "Facility", description: "Mean mark as a percentage of the maximum: high is easy." },
  { key: "standardDeviation", label: "SD", description: "Spread of marks on this question, as a percentage of its maximum." },
  { key: "discriminationIndex", label: "Discrimination index", description: "Correlation with the rest of the test: 30% or more is adequate, below 20% weak, negative suspect." },
  { key: "discriminativeEfficiency", label: "Discriminative efficiency", description: "Discrimination as a share of the most this question's marks allow." },
];

const round = (value: number, places: number) => {
  const factor = 10 ** places;
  // + 0 turns -0 into 0.
  return Math.round(value * factor) / factor + 0;
};

export const formatPercent = (value: number) => `${round(value, 1)}%`;
export const formatMarks = (value: number) => String(round(value, 2));
export const formatShape = (value: number) => round(value, 2).toFixed(2);

export function typeLabel(type: string): string {
  return QUESTION_TYPE_LABELS[type as QuestionType] ?? type;
}

export type SummaryFigure = {
  label: string;
  /** The figure, or null with `note` saying why. */
  value: string | null;
  note?: string;
  description: string;
};

/** Pairs a percentage with its marks: "62.5% (10/16 marks)" when both exist. */
function percentAndMarks(percent: number | null, marks: number | null): string | null {
  if (percent === null) return marks === null ? null : `${formatMarks(marks)} marks`;
  return marks === null ? formatPercent(percent) : `${formatPercent(percent)} (${formatMarks(marks)} marks)`;
}

/** The summary figures in the order a teacher reads them, with units and why any is missing. */
export function summaryFigures(summary: TestStatistics): SummaryFigure[] {
  const { notes } = summary;
  return [
    { label: "Mean", value: percentAndMarks(summary.meanPercent, summary.meanMarks), note: notes.meanPercent ?? notes.meanMarks, description: "Average total score." },
    { label: "Median", value: percentAndMarks(summary.medianPercent, summary.medianMarks), note: notes.medianPercent ?? notes.medianMarks, description: "The middle total score." },
    {
      label: "Standard deviation",
      value: percentAndMarks(summary.standardDeviationPercent, summary.standardDeviationMarks),
      note: notes.standardDeviationPercent ?? notes.standardDeviationMarks,
      description: "How spread out the totals are.",
    },
    { label: "Skewness", value: summary.skewness === null ? null : formatShape(summary.skewness), note: notes.skewness, description: "Below 0: most scored high with a tail of low scores; above 0: the reverse." },
    { label: "Kurtosis", value: summary.kurtosis === null ? null : formatShape(summary.kurtosis), note: notes.kurtosis, description: "Above 0: more totals in the tails than a normal curve; below 0: flatter." },
    {
      label: "Coefficient of internal consistency (CIC)",
      value: summary.internalConsistency === null ? null : formatPercent(summary.internalConsistency),
      note: notes.internalConsistency,
      description: "How consistently the questions measure the same thing; above 75% is good, below 64% unsatisfactory.",
    },
    { label: "Error ratio", value: summary.errorRatio === null ? null : formatPercent(summary.errorRatio), note: notes.errorRatio, description: "Share of the spread that is noise; below 50% is good." },
    {
      label: "Standard error",
      value: percentAndMarks(summary.standardErrorPercent, summary.standardErrorMarks),
      note: notes.standardErrorPercent ?? notes.standardErrorMarks,
      description: "How far a learner's total may be from their true score.",
    },
  ];
}

/** The item table as CSV: figures as plain percentages, blank when undefined with the reason in Notes. */
export function itemStatisticsToCsv(items: readonly ItemStatisticsRow[]): string {
  const header = ["Position", "Question", "Type", "Attempts", "Max mark", ...ITEM_FIGURES.map((figure) => `${figure.label} (%)`), "Flags", "Notes"];
  const lines = items.map((item) => [
    item.position,
    stemPreview(item.stem, 500),
    typeLabel(item.type),
    item.attemptCount,
    item.maxMark,
    ...ITEM_FIGURES.map((figure) => {
      const value = item[figure.key];
      return value === null ? null : round(value, 2);
    }),
    item.flags.map((flag) => flag.message).join(" "),
    ITEM_FIGURES.flatMap((figure) => {
      const note = item.notes[figure.key];
      return note ? [`${figure.label}: ${note}`] : [];
    }).join(" "),
  ]);
  return [header, ...lines].map((line) => line.map((value) => csvCell(value)).join(",")).join("\r\n") + "\r\n";
}
