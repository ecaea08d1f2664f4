// Issue 8's page targets and the table measure-pages prints. Pure: rows in, text out.

export const PAGE_TARGETS = { performance: 95, accessibility: 100, lcp_ms: 1500, cls: 0.05, first_load_js_kb: 150 };

/** What a page misses, as short phrases ("LCP 2773 ms > 1500"); First Load JS counts on learner (signed-in) pages only. */
export function targetMisses(row, { learnerPage, targets = PAGE_TARGETS }) {
  const misses = [];
  if (row.performance < targets.performance) misses.push(`performance ${row.performance} < ${targets.performance}`);
  if (row.accessibility < targets.accessibility) misses.push(`accessibility ${row.accessibility} < ${targets.accessibility}`);
  if (row.lcp_ms > targets.lcp_ms) misses.push(`LCP ${row.lcp_ms} ms > ${targets.lcp_ms}`);
  if (row.cls > targets.cls) misses.push(`CLS ${row.cls} > ${targets.cls}`);
  if (learnerPage && typeof row.first_load_js_kb === "number" && row.first_load_js_kb > targets.first_load_js_kb) {
    misses.push(`First Load JS ${row.first_load_js_kb} kB > ${targets.first_load_js_kb}`);
  }
  return misses;
}

const COLUMNS = [
  ["page", "page"],
  ["performance", "perf"],
  ["accessibility", "a11y"],
  ["best_practices", "best-pr"],
  ["lcp_ms", "LCP ms"],
  ["tbt_ms", "TBT ms"],
  ["cls", "CLS"],
  ["first_load_js_kb", "JS kB gz"],
];

/** A plain-text table: one line per row, then what each row misses. Missing values print as "–". */
export function formatPageTable(rows) {
  const cells = rows.map((row) => COLUMNS.map(([key]) => (row[key] === undefined || row[key] === null ? "–" : String(row[key]))));
  const widths = COLUMNS.map(([, title], index) => Math.max(title.length, ...cells.map((line) => line[index].length)));
  const line = (values) => values.map((value, index) => (index === 0 ? value.padEnd(widths[index]) : value.padStart(widths[index]))).join("  ");
  const out = [line(COLUMNS.map(([, title]) => title)), widths.map((width) => "-".repeat(width)).join("  ")];
  rows.forEach((row, index) => {
    const misses = row.misses?.length ? `  ✗ ${row.misses.join("; ")}` : row.misses ? "  ✓" : "";
    out.push(line(cells[index]) + misses);
  });
  return out.join("\n");
}
