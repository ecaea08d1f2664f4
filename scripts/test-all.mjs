#!/usr/bin/env node
// npm test — the whole suite: system services check, unit + integration (vitest),
// one production build, e2e (Playwright in Debian's Chromium), then the security suite
// against the same build. Ends with one line:
// "N passed, N failed, N skipped", summed from the runners' JSON reports.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const reports = path.join(root, "reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const only = new Set(process.argv.slice(2)); // e.g. `npm test -- unit integration`
const wants = (kind) => only.size === 0 || only.has(kind);
const timings = [];

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  timings.push(`${label} ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status ?? 1;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

const counts = { passed: 0, failed: 0, skipped: 0 };
const byKind = {};
const problems = [];

function addVitest(kind, file, status) {
  const report = readJson(file);
  if (!report) {
    problems.push(`${kind}: no report (exit ${status})`);
    counts.failed += 1;
    return;
  }
  const passed = report.numPassedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that fails to load has no failed tests but a failed file: count it.
  const brokenFiles = (report.testResults ?? []).filter((file) => file.status === "failed" && file.assertionResults.length === 0).length;
  byKind[kind] = { passed, failed: (report.numFailedTests ?? 0) + brokenFiles, skipped };
  counts.passed += passed;
  counts.failed += (report.numFailedTests ?? 0) + brokenFiles;
  counts.skipped += skipped;
  if (status !== 0 && byKind[kind].failed === 0) {
    problems.push(`${kind}: vitest exited ${status}`);
    counts.failed += 1;
  }
}

function addPlaywright(file, status) {
  const report = readJson(file);
  if (!report?.stats) {
    problems.push(`e2e: no report (exit ${status})`);
    counts.failed += 1;
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  byKind.e2e = { passed: expected + flaky, failed: unexpected, skipped };
  counts.passed += expected + flaky;
  counts.failed += unexpected;
  counts.skipped += skipped;
  if (status !== 0 && unexpected === 0) {
    problems.push(`e2e: playwright exited ${status}`);
    counts.failed += 1;
  }
}

if (wants("integration") || wants("e2e") || wants("security")) {
  const status = run("system dependencies", "bash", [".ci/install-system-deps.sh"]);
  if (status !== 0) problems.push(`system dependencies: exit ${status}`);
}

for (const kind of ["unit", "integration"]) {
  if (!wants(kind)) continue;
  const file = path.join(reports, `vitest-${kind}.json`);
  const status = run(kind, "npx", ["vitest", "run", "--project", kind], { VITEST_JSON_REPORT: file });
  addVitest(kind, file, status);
}

if (wants("e2e")) {
  const buildStatus = run("production build", "npx", ["next", "build"], { NEXT_TELEMETRY_DISABLED: "1" });
  if (buildStatus !== 0) {
    problems.push(`build: exit ${buildStatus}`);
    counts.failed += 1;
  } else {
    const file = path.join(reports, "playwright.json");
    const status = run("e2e", "npx", ["playwright", "test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
    addPlaywright(file, status);
  }
}

// The security suite attacks the same production build (npm run test:security builds on its own).
if (wants("security") && existsSync(path.join(root, ".next/BUILD_ID"))) {
  const file = path.join(reports, "vitest-security.json");
  const status = run("security", "npx", ["vitest", "run", "--project", "security"], { VITEST_JSON_REPORT: file });
  addVitest("security", file, status);
} else if (wants("security")) {
  problems.push("security: no production build to attack");
  counts.failed += 1;
}

console.log("\nBy kind:", JSON.stringify(byKind));
console.log("Timings:", timings.join(" · "));
for (const problem of problems) console.log(`Problem: ${problem}`);
const total = counts.passed + counts.failed;
if (total === 0) {
  console.log("No test was executed.");
  counts.failed = 1;
}
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(counts.failed > 0 ? 1 : 0);
