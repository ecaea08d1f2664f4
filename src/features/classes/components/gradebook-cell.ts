import type { GradebookCell } from "@/features/classes/db-gradebook";

export type GradebookCellText = {
  /** "75%", or null when there is no grade. */
  percent: string | null;
  /** "12/16" marks, or null when there is no grade. */
  marks: string | null;
  /** What to say besides (or instead of) the grade: never conveyed by colour alone. */
  status: "not attempted" | "awaiting grading" | "no graded attempt yet" | null;
};

const round = (value: number, places: number) => {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
};

/** "66.7%" — at most one decimal, none when whole. */
export function formatFraction(fraction: number): string {
  return `${round(fraction * 100, 1)}%`;
}

/** A gradebook cell as words: the grade under the test's grading method and its status. */
export function describeGradebookCell(cell: Pick<GradebookCell, "fraction" | "score" | "maxScore" | "attempts" | "pending">): GradebookCellText {
  const graded = cell.fraction !== null && cell.score !== null && cell.maxScore !== null;
  const percent = graded ? formatFraction(cell.fraction!) : null;
  const marks = graded ? `${round(cell.score!, 2)}/${round(cell.maxScore!, 2)}` : null;
  if (cell.attempts === 0) return { percent: null, marks: null, status: "not attempted" };
  if (cell.pending) return { percent, marks, status: "awaiting grading" };
  return { percent, marks, status: graded ? null : "no graded attempt yet" };
}
