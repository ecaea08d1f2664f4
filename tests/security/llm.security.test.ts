import { afterAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadSecurityContext } from "./support/context";
import { recordSection } from "./support/report";

// The LLM figures (OWASP Top 10 for LLM applications: prompt injection, excessive agency, and
// unbounded consumption) come from the AI layer's own suites, which drive the real `openai`
// client against the OpenAI-compatible stub in its adversarial mode (it obeys every injection it
// sees). They run here again, in a child vitest, so this report carries their fresh figures.

const ctx = loadSecurityContext();
const FILES = ["tests/integration/ai-injection.integ.test.ts", "tests/integration/ai-budget.integ.test.ts"];
type InjectionFigures = { unvalidatedGradesStored: number; releasedWithoutPolicy: number; answerKeyInPrompts: number; answerKeyInReplies: number; budgetOverruns: number; payloadsRun: number };
type BudgetRace = { label: string; reserves: number; granted: number; room: number };
let injection: InjectionFigures | null = null;
let budget: BudgetRace[] = [];
let suite = { passed: 0, failed: 0 };

function runSuites(figuresDir: string, reportFile: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["vitest", "run", "--project", "integration", ...FILES], {
      cwd: path.resolve("."),
      env: { ...process.env, AI_FIGURES_DIR: figuresDir, VITEST_JSON_REPORT: reportFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let tail = "";
    const keep = (chunk: Buffer) => (tail = (tail + chunk.toString("utf8")).slice(-4_000));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) console.error(tail);
      resolve(code ?? 1);
    });
  });
}

describe("the AI layer under prompt injection and budget races", () => {
  it("passes its prompt-injection and budget suites with every figure at 0", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "learnforge-llm-"));
    try {
      const reportFile = path.join(dir, "vitest.json");
      const code = await runSuites(dir, reportFile);
      const report = JSON.parse(readFileSync(reportFile, "utf8")) as { numPassedTests: number; numFailedTests: number };
      suite = { passed: report.numPassedTests, failed: report.numFailedTests };
      injection = existsSync(path.join(dir, "injection.json")) ? (JSON.parse(readFileSync(path.join(dir, "injection.json"), "utf8")) as InjectionFigures) : null;
      budget = existsSync(path.join(dir, "budget.json")) ? (JSON.parse(readFileSync(path.join(dir, "budget.json"), "utf8")) as BudgetRace[]) : [];
      expect({ code, failed: suite.failed }).toEqual({ code: 0, failed: 0 });
      expect(suite.passed).toBeGreaterThan(10);
      expect(injection).toMatchObject({ unvalidatedGradesStored: 0, releasedWithoutPolicy: 0, answerKeyInPrompts: 0, answerKeyInReplies: 0, budgetOverruns: 0 });
      expect(injection!.payloadsRun).toBeGreaterThan(0);
      expect(budget.length).toBeGreaterThan(0);
      expect(budget.filter((race) => race.granted > race.room)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

afterAll(() => {
  const figure = (label: string, value: number | undefined) => ({ label, value: value ?? "not run", target: "0", ok: value === 0 });
  recordSection(ctx.reportDir, "80-llm", {
    order: 80,
    title: "8. LLM: prompt injection and budgets (the AI layer's suites, stub in adversarial mode)",
    figures: [
      { label: "tests passed (ai-injection, ai-budget)", value: `${suite.passed} / ${suite.passed + suite.failed}` },
      { label: "payload runs (essays, chat, planted lesson text, photographed answers, 60 concurrent tutor requests)", value: injection?.payloadsRun ?? "not run" },
      figure("grades stored without validation", injection?.unvalidatedGradesStored),
      figure("grades released against the teacher's policy", injection?.releasedWithoutPolicy),
      figure("answer-key text in outbound prompts", injection?.answerKeyInPrompts),
      figure("answer-key text in replies", injection?.answerKeyInReplies),
      figure("learners pushed past the daily token budget", injection?.budgetOverruns),
      { label: "budget races: concurrent reserves granted beyond the room left", value: budget.filter((race) => race.granted > race.room).length, target: "0", ok: budget.length > 0 && budget.every((race) => race.granted <= race.room) },
    ],
    table: { head: ["budget race (20 reserves at once, room for 3)", "granted"], rows: budget.map((race) => [race.label, race.granted]) },
  });
});
