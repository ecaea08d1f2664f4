import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(path.join(os.tmpdir(), "lf-check-coverage-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const metric = (covered: number, total: number) => ({ total, covered, skipped: 0, pct: Math.round((covered / total) * 10_000) / 100 });

/** A vitest json-summary report: 81% of lines overall, one poorly covered file. */
function writeSummary(): string {
  const file = path.join(dir, "coverage-summary.json");
  writeFileSync(
    file,
    JSON.stringify({
      total: { lines: metric(81, 100), statements: metric(80, 100), functions: metric(70, 100), branches: metric(60, 100) },
      [path.join(process.cwd(), "src/features/a/db.ts")]: { lines: metric(1, 30), statements: metric(1, 30), functions: metric(0, 3), branches: metric(0, 4) },
    }),
  );
  return file;
}

function checkCoverage(...args: string[]) {
  const summaryFile = path.join(dir, "step-summary.md");
  writeFileSync(summaryFile, "");
  const run = spawnSync(process.execPath, [path.resolve(import.meta.dirname, "../../scripts/check-coverage.mjs"), ...args], {
    encoding: "utf8",
    env: { ...process.env, GITHUB_STEP_SUMMARY: summaryFile },
  });
  return { code: run.status, out: run.stdout + run.stderr, stepSummary: readFileSync(summaryFile, "utf8") };
}

describe("scripts/check-coverage.mjs", () => {
  const summary = writeSummary();

  it("passes when lines meet the threshold and lists the least covered files", () => {
    const result = checkCoverage("--lines=80", `--summary=${summary}`);
    expect(result.code).toBe(0);
    expect(result.out).toContain("lines          81%  (81/100)  threshold 80%  ok");
    expect(result.out).toMatch(/29 lines\s+3\.33%\s+src\/features\/a\/db\.ts/);
    expect(result.stepSummary).toContain("| lines | 81% (81/100) | 80% | ✅ |");
  });

  it("fails below the threshold, naming the metric", () => {
    const result = checkCoverage("85", `--summary=${summary}`);
    expect(result.code).toBe(1);
    expect(result.out).toContain("FAILED — lines 81% < 85%");
  });

  it("checks every metric it is given", () => {
    const result = checkCoverage("--lines=80", "--branches=65", `--summary=${summary}`);
    expect(result.code).toBe(1);
    expect(result.out).toContain("FAILED — branches 60% < 65%");
  });

  it("exits 2 when there is no report or no threshold", () => {
    expect(checkCoverage("--lines=80", `--summary=${path.join(dir, "missing.json")}`)).toMatchObject({ code: 2, out: expect.stringContaining("run `npm run test:coverage` first") });
    expect(checkCoverage(`--summary=${summary}`)).toMatchObject({ code: 2, out: expect.stringContaining("give at least one threshold") });
  });
});
