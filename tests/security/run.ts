// npm run test:security — builds when .next is not a build of the current sources, runs the
// security suite (vitest project "security", which starts its own services and `next start`),
// and ends with "N passed, N failed, N skipped" from vitest's JSON report. The report itself
// is printed by the suite's teardown and kept in reports/security/report.md.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildReason, runBuild } from "../../bench/app/build";

const root = path.resolve(import.meta.dirname, "../..");
const reportFile = path.join(root, "reports/vitest-security.json");
mkdirSync(path.dirname(reportFile), { recursive: true });

const reason = buildReason(root, process.argv.includes("--no-build") ? "never" : "auto");
if (reason) {
  console.log(`next build (${reason})…`);
  await runBuild(root, { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
}
const extra = process.argv.slice(2).filter((arg) => arg !== "--no-build");
const run = spawnSync("npx", ["vitest", "run", "--project", "security", ...extra], { cwd: root, stdio: "inherit", env: { ...process.env, VITEST_JSON_REPORT: reportFile } });
type Report = { numPassedTests?: number; numFailedTests?: number; numPendingTests?: number; numTodoTests?: number };
const report = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, "utf8")) as Report) : null;
const passed = report?.numPassedTests ?? 0;
let failed = report?.numFailedTests ?? 0;
if (!report || (run.status !== 0 && failed === 0)) failed += 1;
if (passed + failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed, ${(report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0)} skipped`);
process.exit(failed > 0 ? 1 : 0);
