// The pure half of scripts/smoke-health.mjs: arguments, the URL, and what one /api/health
// answer means for a deployment. No I/O, so tests/unit/smoke-health.test.ts covers every branch.
import { parseArgs } from "node:util";

export const SMOKE_USAGE =
  "usage: node scripts/smoke-health.mjs <base-url> [expected-commit] [--timeout=120] [--interval=5] [--require-cache]";

// The cache is an accelerator: "degraded" (cache down, database up) still serves requests.
const SERVING_STATUSES = new Set(["ok", "degraded"]);

/** Command-line arguments → options; throws an Error whose message says what is wrong. */
export function parseSmokeArgs(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      timeout: { type: "string", default: "120" },
      interval: { type: "string", default: "5" },
      "require-cache": { type: "boolean", default: false },
    },
  });
  const [baseUrl, expectedCommit = "", ...extra] = positionals;
  if (!baseUrl) throw new Error("the deployment URL is missing");
  if (extra.length > 0) throw new Error(`unexpected arguments: ${extra.join(" ")}`);
  return {
    baseUrl,
    expectedCommit: expectedCommit.trim(),
    timeoutSeconds: positiveSeconds("--timeout", values.timeout),
    intervalSeconds: positiveSeconds("--interval", values.interval),
    requireCache: values["require-cache"],
  };
}

function positiveSeconds(flag, raw) {
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`${flag} must be a positive number of seconds, got "${raw}"`);
  return seconds;
}

/** `https://x.vercel.app`, `x.vercel.app/` or `http://127.0.0.1:3000` → the readiness URL. */
export function healthUrl(baseUrl) {
  const withScheme = /^https?:\/\//i.test(baseUrl) ? baseUrl : `https://${baseUrl}`;
  const base = new URL(withScheme.endsWith("/") ? withScheme : `${withScheme}/`);
  return new URL("api/health", base);
}

/** A short sha (7+ characters) matches its full form; case does not matter. */
export function commitsMatch(reported, expected) {
  const a = reported.trim().toLowerCase();
  const b = expected.trim().toLowerCase();
  if (!a || !b) return false;
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 7 && (a.startsWith(b) || b.startsWith(a));
}

/** The body as JSON, or null when it is not JSON (checkHealth then says what came back). */
export function parseJsonBody(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null; // a login wall or an error page: reported by checkHealth with the HTTP status
  }
}

/**
 * One answer from GET /api/health → `{ ok: true, status, commit }` when the deployment serves
 * (and reports the expected commit), else `{ ok: false, problem }` with a sentence for the log.
 */
export function checkHealth({ httpStatus, body, location = null }, { expectedCommit = "", requireCache = false } = {}) {
  if (httpStatus >= 300 && httpStatus < 400) {
    return fail(`HTTP ${httpStatus} redirect to ${location ?? "(no location)"}: not the health endpoint (a login or protection page?)`);
  }
  if (!isRecord(body) || typeof body.status !== "string") {
    const protectedHint =
      httpStatus === 401 || httpStatus === 403
        ? " — the deployment is protected: set VERCEL_AUTOMATION_BYPASS_SECRET (Vercel Deployment Protection)"
        : "";
    return fail(`HTTP ${httpStatus}: the answer is not /api/health JSON${protectedHint}`);
  }
  const commit = typeof body.commit === "string" ? body.commit : "";
  if (httpStatus !== 200 || !SERVING_STATUSES.has(body.status)) {
    return fail(`not ready: HTTP ${httpStatus}, status "${body.status}"${describeFailedChecks(body.checks)}`);
  }
  if (requireCache && body.status !== "ok") {
    return fail(`the cache is unreachable (status "${body.status}")${describeFailedChecks(body.checks)}`);
  }
  if (expectedCommit && !commitsMatch(commit, expectedCommit)) {
    const hint = commit === "unknown" ? " (the deployment knows no commit: set APP_COMMIT_SHA)" : "";
    return fail(`serves commit "${commit || "(none)"}", expected ${expectedCommit}${hint}`);
  }
  return { ok: true, status: body.status, commit };
}

function fail(problem) {
  return { ok: false, problem };
}

function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** "; database: connection refused" for every check that reports ok: false. */
function describeFailedChecks(checks) {
  if (!isRecord(checks)) return "";
  return Object.entries(checks)
    .filter(([, check]) => isRecord(check) && check.ok === false)
    .map(([name, check]) => `; ${name}: ${typeof check.error === "string" ? check.error : "not ok"}`)
    .join("");
}
