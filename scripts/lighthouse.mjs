#!/usr/bin/env node
// npm run lighthouse — Lighthouse on the production build (`npm run build` first), served by
// `next start` with the embedded defaults (fresh PGlite, demo content, development sign-in),
// for /, /courses and the demo course's first lesson (signed in as the demo learner). Fails
// when a page exceeds lighthouse-budget.json. Reports go to reports/lighthouse/.
// CHROME_PATH picks the browser (default /usr/bin/chromium, Debian's package).
import { spawn } from "node:child_process";
import { appendFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { budgetForPath, checkBudget, validateBudgets } from "./lighthouse-budget-lib.mjs";
import { CHROME_FLAGS as chromeFlags, chromePathFromEnv, runLighthouse } from "./lighthouse-runner.mjs";

const root = path.resolve(import.meta.dirname, "..");
const reportsDir = path.join(root, "reports", "lighthouse");
const chromePath = chromePathFromEnv();
const DEMO_COURSE = "probability-and-statistics";

function fail(message) {
  console.error(`lighthouse: ${message}`);
  process.exit(2);
}

if (!existsSync(path.join(root, ".next", "BUILD_ID"))) fail("no production build in .next: run `npm run build` first");
if (!existsSync(chromePath)) fail(`no browser at ${chromePath}: install chromium (bash .ci/install-system-deps.sh) or set CHROME_PATH`);
const budgets = validateBudgets(JSON.parse(readFileSync(path.join(root, "lighthouse-budget.json"), "utf8")));

rmSync(reportsDir, { recursive: true, force: true });
mkdirSync(reportsDir, { recursive: true });
const runDir = mkdtempSync(path.join(os.tmpdir(), "learnforge-lighthouse-"));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = startServer();

let exitCode = 1;
try {
  await waitUntilReady();
  const lessonPath = await firstLessonPath();
  const learnerCookie = await signInAsDemoLearner(lessonPath);
  const pages = [
    { name: "home", pathname: "/" },
    { name: "courses", pathname: "/courses" },
    { name: "lesson", pathname: lessonPath, cookie: learnerCookie },
  ];
  const outcomes = [];
  for (const page of pages) outcomes.push(await auditPage(page));
  report(outcomes);
  exitCode = outcomes.every((outcome) => outcome.ok) ? 0 : 1;
} catch (error) {
  console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`next start log: ${path.join(reportsDir, "next-start.log")}`);
} finally {
  stopServer();
  rmSync(runDir, { recursive: true, force: true });
}
process.exit(exitCode);

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port: found } = probe.address();
      probe.close(() => resolve(found));
    });
  });
}

function startServer() {
  const log = createWriteStream(path.join(reportsDir, "next-start.log"));
  const env = { ...process.env };
  // The embedded defaults: whatever the shell has for real services does not apply here.
  for (const key of ["DATABASE_URL", "DATABASE_DRIVER", "UPSTASH_REDIS_REST_URL", "UPSTASH_REDIS_REST_TOKEN", "CLERK_SECRET_KEY", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", "OPENAI_API_KEY"]) {
    delete env[key];
  }
  Object.assign(env, {
    PGLITE_DATA_DIR: path.join(runDir, "pglite"),
    ARCJET_ENV: "development",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  // Own process group, so stopping it also stops anything next start spawned.
  const child = spawn(process.execPath, [nextBin, "start", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Two sources, one file: neither may close it when it ends.
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  return child;
}

function stopServer() {
  if (server.exitCode !== null || server.signalCode !== null || server.pid === undefined) return;
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch (error) {
    console.error(`lighthouse: could not stop next start (pid ${server.pid}): ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function waitUntilReady() {
  const deadline = Date.now() + 180_000;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode} before it was ready`);
    try {
      // Readiness, not liveness: the first database request migrates and seeds PGlite.
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(30_000) });
      if (response.ok) return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(1_000);
  }
  throw new Error(`${base}/api/health not ready after 180 s (last: ${last})`);
}

async function firstLessonPath() {
  const coursePath = `/courses/${DEMO_COURSE}`;
  const html = await (await fetch(`${base}${coursePath}`)).text();
  const match = html.match(new RegExp(`href="(${coursePath}/lessons/[^"?#]+)"`));
  if (!match?.[1]) throw new Error(`no lesson link on ${coursePath}: has the demo course (src/drizzle/seed) changed?`);
  return match[1];
}

/** Signs in through the development sign-in the way a person does; returns the Cookie header. */
async function signInAsDemoLearner(lessonPath) {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.filter((flag) => !flag.startsWith("--headless")) });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/sign-in?next=${encodeURIComponent(lessonPath)}`);
    await page.getByRole("button", { name: "Continue as learner" }).click();
    await page.waitForURL((url) => url.pathname === lessonPath, { timeout: 30_000 });
    const cookies = await page.context().cookies(base);
    return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

async function auditPage({ name, pathname, cookie }) {
  const outputPath = path.join(reportsDir, name);
  console.log(`\n▶ lighthouse ${pathname}`);
  const run = await runLighthouse({
    root,
    chromePath,
    url: `${base}${pathname}`,
    outputs: ["json", "html"],
    outputPath,
    categories: ["performance"],
    cookie,
  });
  const reportFile = `${outputPath}.report.json`;
  if (!existsSync(reportFile)) {
    return { name, pathname, ok: false, problem: `lighthouse wrote no report (exit ${run.status ?? run.signal ?? run.error?.message})`, results: [] };
  }
  const lhr = JSON.parse(readFileSync(reportFile, "utf8"));
  if (lhr.runtimeError) return { name, pathname, ok: false, problem: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`, results: [] };
  if (run.status !== 0) return { name, pathname, ok: false, problem: `lighthouse exited with ${run.status ?? run.signal}`, results: [] };
  if (lhr.finalDisplayedUrl && new URL(lhr.finalDisplayedUrl).pathname !== pathname) {
    return { name, pathname, ok: false, problem: `ended on ${lhr.finalDisplayedUrl} instead (redirected?)`, results: [] };
  }
  const budget = budgetForPath(budgets, pathname);
  if (!budget) return { name, pathname, ok: false, problem: "no budget in lighthouse-budget.json matches this path", results: [] };
  const results = checkBudget(lhr, budget);
  const score = lhr.categories?.performance?.score;
  return { name, pathname, ok: results.every((result) => result.ok), score, results };
}

function report(outcomes) {
  const lines = ["", "Lighthouse budgets (lighthouse-budget.json):"];
  const markdown = ["### Lighthouse budgets", "", "| page | check | actual | budget | |", "|---|---|---|---|---|"];
  for (const outcome of outcomes) {
    const score = typeof outcome.score === "number" ? ` (performance ${Math.round(outcome.score * 100)})` : "";
    lines.push(`  ${outcome.pathname}${score}`);
    if (outcome.problem) {
      lines.push(`    FAILED: ${outcome.problem}`);
      markdown.push(`| ${outcome.pathname} | run | ${outcome.problem} | | ❌ |`);
    }
    for (const result of outcome.results) {
      lines.push(`    ${result.ok ? "ok  " : "OVER"} ${result.label.padEnd(22)} ${String(result.actual).padStart(8)} / ${result.limit} ${result.unit}`);
      markdown.push(`| ${outcome.pathname} | ${result.label} | ${result.actual} ${result.unit} | ${result.limit} ${result.unit} | ${result.ok ? "✅" : "❌"} |`);
    }
  }
  const failed = outcomes.filter((outcome) => !outcome.ok).map((outcome) => outcome.pathname);
  lines.push("", failed.length === 0 ? "lighthouse: every page is within its budget" : `lighthouse: FAILED — over budget or not measured: ${failed.join(", ")}`);
  console.log(lines.join("\n"));
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${markdown.join("\n")}\n`);
}
