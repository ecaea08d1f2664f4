type CsvGradebook = {
  assignments: { title: string; gradingMethod: string }[];
  rows: { learner: { name: string; email: string }; cells: { score: number | null; maxScore: number | null; pending: boolean; attempts: number }[] }[];
};

// Spreadsheet apps run cells that start with these as formulas (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = typeof value === "number" ? String(Math.round(value * 100) / 100) : value;
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The gradebook as CSV: one row per learner, a score and a status column per test. */
export function gradebookToCsv(gradebook: CsvGradebook): string {
  const header = ["Learner", "Email", ...gradebook.assignments.flatMap((a) => [`${a.title} (${a.gradingMethod})`, `${a.title} status`])];
  const lines = gradebook.rows.map((row) => [
    row.learner.name,
    row.learner.email,
    ...row.cells.flatMap((cell) => {
      const status = cell.attempts === 0 ? "not attempted" : cell.pending ? "awaiting grading" : cell.score === null ? "in progress" : "graded";
      return [cell.score === null || cell.maxScore === null ? null : `${Math.round(cell.score * 100) / 100}/${cell.maxScore}`, status];
    }),
  ]);
  return [header, ...lines].map((line) => line.map((value) => csvCell(value)).join(",")).join("\r\n") + "\r\n";
}
