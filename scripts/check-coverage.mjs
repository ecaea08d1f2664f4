#!/usr/bin/env node
// Coverage gate over vitest's json-summary report (npm run test:coverage writes it).
//   node scripts/check-coverage.mjs --lines=80 [--statements=N] [--branches=N] [--functions=N] [--summary=PATH]
// A bare number means lines: `check-coverage.mjs 80`. Exits 1 below a threshold, 2 on bad usage
// or a missing report. Also lists the files with the most uncovered lines: where tests pay off.
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const METRICS = ["lines", "statements", "branches", "functions"];
const USAGE = "usage: node scripts/check-coverage.mjs --lines=80 [--statements=N] [--branches=N] [--functions=N] [--summary=PATH]";

function usageError(message) {
  console.error(`check-coverage: ${message}\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      summary: { type: "string", default: "coverage/coverage-summary.json" },
      ...Object.fromEntries(METRICS.map((metric) => [metric, { type: "string" }])),
    },
  });
} catch (error) {
  usageError(error instanceof Error ? error.message : String(error));
}

const thresholds = {};
for (const metric of METRICS) {
  if (parsed.values[metric] !== undefined) thresholds[metric] = parsePercent(`--${metric}`, parsed.values[metric]);
}
if (parsed.positionals.length > 1) usageError(`unexpected arguments: ${parsed.positionals.slice(1).join(" ")}`);
if (parsed.positionals[0] !== undefined) thresholds.lines = parsePercent("lines", parsed.positionals[0]);
if (Object.keys(thresholds).length === 0) usageError("give at least one threshold");

function parsePercent(name, raw) {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 100) usageError(`${name} must be a percentage between 0 and 100, got "${raw}"`);
  return value;
}

const summaryPath = path.resolve(parsed.values.summary);
if (!existsSync(summaryPath)) usageError(`${summaryPath} does not exist: run \`npm run test:coverage\` first`);
const summary = JSON.parse(readFileSync(summaryPath, "utf8"));
if (!summary.total) usageError(`${summaryPath} has no "total": is it vitest's json-summary report?`);

const rows = Object.entries(thresholds).map(([metric, threshold]) => {
  const { pct, covered, total } = summary.total[metric];
  return { metric, pct, covered, total, threshold, ok: pct >= threshold };
});
for (const row of rows) {
  const verdict = row.ok ? "ok" : "BELOW";
  console.log(`${row.metric.padEnd(10)} ${String(row.pct).padStart(6)}%  (${row.covered}/${row.total})  threshold ${row.threshold}%  ${verdict}`);
}

const root = process.cwd() + path.sep;
const leastCovered = Object.entries(summary)
  .filter(([file]) => file !== "total")
  .map(([file, metrics]) => ({ file: file.startsWith(root) ? file.slice(root.length) : file, uncovered: metrics.lines.total - metrics.lines.covered, pct: metrics.lines.pct }))
  .filter((entry) => entry.uncovered > 0)
  .sort((a, b) => b.uncovered - a.uncovered)
  .slice(0, 10);
if (leastCovered.length > 0) {
  console.log("\nMost uncovered lines:");
  for (const entry of leastCovered) console.log(`  ${String(entry.uncovered).padStart(5)} lines  ${String(entry.pct).padStart(6)}%  ${entry.file}`);
}

if (process.env.GITHUB_STEP_SUMMARY) {
  const table = [
    "### Coverage",
    "",
    "| metric | covered | threshold | |",
    "|---|---|---|---|",
    ...rows.map((row) => `| ${row.metric} | ${row.pct}% (${row.covered}/${row.total}) | ${row.threshold}% | ${row.ok ? "✅" : "❌"} |`),
    "",
  ].join("\n");
  appendFileSync(process.env.GITHUB_STEP_SUMMARY, table);
}

const failed = rows.filter((row) => !row.ok);
if (failed.length > 0) {
  console.error(`\ncheck-coverage: FAILED — ${failed.map((row) => `${row.metric} ${row.pct}% < ${row.threshold}%`).join(", ")}`);
  process.exit(1);
}
console.log("\ncheck-coverage: coverage meets every threshold");
