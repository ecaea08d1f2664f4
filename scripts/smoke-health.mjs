#!/usr/bin/env node
// Post-deploy smoke check: GET <base-url>/api/health until the deployment is ready and, when an
// expected commit is given, reports that commit — or until --timeout seconds have passed.
//   node scripts/smoke-health.mjs <base-url> [expected-commit] [--timeout=120] [--interval=5] [--require-cache]
// Exits 0 and prints one JSON line on success; exits 1 with the last problem otherwise (2: bad usage).
// VERCEL_AUTOMATION_BYPASS_SECRET, when set, is sent so protected Vercel deployments answer.
import { setTimeout as sleep } from "node:timers/promises";
import { SMOKE_USAGE, checkHealth, healthUrl, parseJsonBody, parseSmokeArgs } from "./smoke-health-lib.mjs";

const REQUEST_TIMEOUT_MS = 10_000;

let options;
try {
  options = parseSmokeArgs(process.argv.slice(2));
} catch (error) {
  console.error(`smoke-health: ${error instanceof Error ? error.message : String(error)}\n${SMOKE_USAGE}`);
  process.exit(2);
}

const url = healthUrl(options.baseUrl);
const headers = { accept: "application/json", "cache-control": "no-cache" };
if (process.env.VERCEL_AUTOMATION_BYPASS_SECRET) headers["x-vercel-protection-bypass"] = process.env.VERCEL_AUTOMATION_BYPASS_SECRET;

const started = Date.now();
const deadline = started + options.timeoutSeconds * 1000;
let attempts = 0;
let lastProblem = "no answer yet";

for (;;) {
  attempts += 1;
  const verdict = await probe();
  if (verdict.ok) {
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(JSON.stringify({ url: url.href, status: verdict.status, commit: verdict.commit, attempts, seconds }));
    process.exit(0);
  }
  lastProblem = verdict.problem;
  console.error(`[smoke-health] attempt ${attempts}: ${lastProblem}`);
  if (Date.now() + options.intervalSeconds * 1000 >= deadline) break;
  await sleep(options.intervalSeconds * 1000);
}

const expectation = options.expectedCommit ? ` serving commit ${options.expectedCommit}` : "";
console.error(
  `smoke-health: FAILED — ${url.href} was not ready${expectation} after ${attempts} attempts in ${options.timeoutSeconds} s.\n` +
    `Last problem: ${lastProblem}`,
);
process.exit(1);

async function probe() {
  try {
    const response = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const body = parseJsonBody(await response.text());
    return checkHealth({ httpStatus: response.status, body, location: response.headers.get("location") }, options);
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
    return { ok: false, problem: `request failed: ${error instanceof Error ? error.message : String(error)}${cause}` };
  }
}
