import { execFileSync } from "node:child_process";
import os from "node:os";
import { z } from "zod";
import { checkTargets, mark, type LatencyTarget } from "./stats";

// bench/results.json and the printed table. The schema is the file's contract (issue 8): other
// tools read it, so it is checked before writing and in tests/unit/bench-report.test.ts.

const nullableNumber = z.number().nullable();

export const routeResultSchema = z.object({
  name: z.string().min(1),
  connections: z.number().int().positive(),
  rps: z.number().nonnegative(),
  p50_ms: nullableNumber,
  p95_ms: nullableNumber,
  p99_ms: nullableNumber,
  errors: z.number().int().nonnegative(),
  ratio_to_ceiling: nullableNumber,
});

export const lighthouseResultSchema = z.object({
  page: z.string().min(1),
  performance: nullableNumber,
  accessibility: nullableNumber,
  best_practices: nullableNumber,
  lcp_ms: nullableNumber,
  tbt_ms: nullableNumber,
  cls: nullableNumber,
});

export const resultsSchema = z.strictObject({
  machine: z.strictObject({
    cpu: z.string(),
    cores: z.number().int().positive(),
    memory_gb: z.number().positive(),
    node: z.string(),
    postgres: z.string(),
    load_avg: z.array(z.number()).length(3),
    date: z.iso.datetime(),
    commit: z.string(),
    quick: z.boolean(),
  }),
  routes: z.array(routeResultSchema),
  lighthouse: z.array(lighthouseResultSchema),
  first_load_js_kb: z.record(z.string(), z.number()),
});

export type Results = z.infer<typeof resultsSchema>;
export type RouteResult = z.infer<typeof routeResultSchema>;

/** NaN (no samples) is not JSON: it becomes null. */
export const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

function gitCommit(root: string): string {
  try {
    const sha = execFileSync("git", ["rev-parse", "--short=12", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: root, encoding: "utf8" }).trim() !== "";
    return dirty ? `${sha}-dirty` : sha;
  } catch (error) {
    return `unknown (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`;
  }
}

export function machineInfo(input: { root: string; postgres: string; loadAvg: number[]; quick: boolean; date?: Date }): Results["machine"] {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memory_gb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    postgres: input.postgres,
    load_avg: input.loadAvg.map((value) => Number(value.toFixed(2))),
    date: (input.date ?? new Date()).toISOString(),
    commit: gitCommit(input.root),
    quick: input.quick,
  };
}

export type TableRow = RouteResult & { target: LatencyTarget; ceiling: boolean };

/** A table row as bench/results.json keeps it (the target columns are recomputed from the figures). */
export function toRouteResult(row: TableRow): RouteResult {
  const { name, connections, rps, p50_ms, p95_ms, p99_ms, errors, ratio_to_ceiling } = row;
  return { name, connections, rps, p50_ms, p95_ms, p99_ms, errors, ratio_to_ceiling };
}

const fixed = (value: number | null, digits: number) => (value === null ? "—" : value.toFixed(digits));

/** The printed table: one row per route and connection count, with the targets as ✓/✗. */
export function formatTable(rows: readonly TableRow[]): string {
  const header = ["route", "conn", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "× ceiling", "p95 target", "0 errors", "≥30% ceiling"];
  const cells = rows.map((row) => {
    const checks = checkTargets({ connections: row.connections, p95_ms: row.p95_ms ?? Number.NaN, errors: row.errors, ratio_to_ceiling: row.ratio_to_ceiling }, row.target, row.ceiling);
    return [
      row.name,
      String(row.connections),
      row.rps.toFixed(0),
      fixed(row.p50_ms, 1),
      fixed(row.p95_ms, 1),
      fixed(row.p99_ms, 1),
      String(row.errors),
      row.ceiling ? "1.00" : fixed(row.ratio_to_ceiling, 2),
      checks.p95LimitMs === null ? "—" : `${mark(checks.p95Ok)} ≤${checks.p95LimitMs}`,
      mark(checks.errorsOk),
      mark(checks.ratioOk),
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...cells.map(line)].join("\n");
}

/** How many rows miss a target (for the summary line). */
export function countMisses(rows: readonly TableRow[]): { checked: number; missed: number } {
  let checked = 0;
  let missed = 0;
  for (const row of rows) {
    const checks = checkTargets({ connections: row.connections, p95_ms: row.p95_ms ?? Number.NaN, errors: row.errors, ratio_to_ceiling: row.ratio_to_ceiling }, row.target, row.ceiling);
    for (const ok of [checks.p95Ok, checks.errorsOk, checks.ratioOk]) {
      if (ok === null) continue;
      checked += 1;
      if (!ok) missed += 1;
    }
  }
  return { checked, missed };
}
