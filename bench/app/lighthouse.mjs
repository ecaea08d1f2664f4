// Lighthouse on pages of an already-running production server, for `npm run bench`.
// Mobile, as Lighthouse 13 defaults: Moto G Power screen emulation and *simulated* throttling
// (Lantern: 150 ms RTT, 1.6 Mbps down, 4× CPU slowdown, computed from one unthrottled load).
// Reports: reports/lighthouse/bench-<name>.json. Pages run one after another (~11 s each);
// `runs` repeats each page and keeps the median run, since simulated LCP is noisy on a local server.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { chromePathFromEnv, runLighthouse } from "../../scripts/lighthouse-runner.mjs";
import { LIGHTHOUSE_CATEGORIES, lighthouseRow, medianRunIndex, redirectedAway } from "./lighthouse-report.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");
export const BENCH_REPORTS_DIR = path.join(root, "reports", "lighthouse");

export function benchReportPath(name) {
  if (!/^[\w-]+$/.test(name)) throw new Error(`page name "${name}" must be letters, digits, - or _ (it names the report file)`);
  return path.join(BENCH_REPORTS_DIR, `bench-${name}.json`);
}

/**
 * runs > 1 measures each page that many times and keeps the median run (row and report).
 * @param {{ baseUrl: string, cookie?: string, pages: { name: string, path: string, signedIn?: boolean }[], runs?: number }} options
 * @returns {Promise<{ page: string, performance: number, accessibility: number, best_practices: number, lcp_ms: number, tbt_ms: number, cls: number }[]>}
 */
export async function measureLighthouse({ baseUrl, cookie, pages, runs = 1 }) {
  const chromePath = chromePathFromEnv();
  if (!existsSync(chromePath)) throw new Error(`no browser at ${chromePath}: install chromium or set CHROME_PATH`);
  if (pages.some((page) => page.signedIn) && !cookie) throw new Error("signed-in pages need a session cookie (cookie: 'name=value')");
  if (!(Number.isInteger(runs) && runs >= 1)) throw new Error(`runs must be a whole number >= 1 (got ${runs})`);
  mkdirSync(BENCH_REPORTS_DIR, { recursive: true });
  const rows = [];
  for (const page of pages) rows.push(await measureMedianRun({ baseUrl, cookie, chromePath, page, runs }));
  return rows;
}

async function measureMedianRun({ baseUrl, cookie, chromePath, page, runs }) {
  const reportPath = benchReportPath(page.name);
  rmSync(reportPath, { force: true }); // a stale report must not pass for this run's
  if (runs === 1) return measurePageWithRetry({ baseUrl, cookie, chromePath, page, outputPath: reportPath });
  const attempts = [];
  try {
    for (let run = 1; run <= runs; run++) {
      const outputPath = reportPath.replace(/\.json$/, `.run${run}.json`);
      attempts.push({ outputPath, row: await measurePageWithRetry({ baseUrl, cookie, chromePath, page, outputPath }) });
    }
    const median = attempts[medianRunIndex(attempts.map((attempt) => attempt.row))];
    renameSync(median.outputPath, reportPath);
    return median.row;
  } finally {
    // The median was renamed to reportPath; the other runs (or those of a failed page) go.
    for (let run = 1; run <= runs; run++) rmSync(reportPath.replace(/\.json$/, `.run${run}.json`), { force: true });
  }
}

/** Lighthouse asks for a rerun after a trace it could not read (NO_NAVSTART, NO_FCP on a busy machine): one retry. */
async function measurePageWithRetry(options) {
  const first = await measurePage(options);
  if (!first.runtimeError) return lighthouseRow(options.page.name, first.lhr);
  console.error(`lighthouse: ${options.page.name}: ${first.runtimeError.code}, measuring once more`);
  const second = await measurePage(options);
  return lighthouseRow(options.page.name, second.lhr);
}

async function measurePage({ baseUrl, cookie, chromePath, page, outputPath }) {
  rmSync(outputPath, { force: true });
  const url = new URL(page.path, baseUrl).href;
  const run = await runLighthouse({
    root,
    chromePath,
    stdio: "capture",
    url,
    outputs: ["json"],
    outputPath,
    categories: LIGHTHOUSE_CATEGORIES,
    cookie: page.signedIn ? cookie : undefined,
    // Lighthouse 13's defaults, spelled out so the report says what it measured.
    extraArgs: ["--form-factor=mobile", "--throttling-method=simulate"],
  });
  if (!existsSync(outputPath)) {
    const why = run.error?.message ?? `exit ${run.status ?? run.signal}`;
    throw new Error(`Lighthouse wrote no report for ${page.name} (${url}; ${why})\n${run.stderr.trim()}`);
  }
  const lhr = JSON.parse(readFileSync(outputPath, "utf8"));
  const elsewhere = redirectedAway(lhr, new URL(url).pathname);
  if (elsewhere) {
    rmSync(outputPath, { force: true }); // it measured another page: keep no report under this name
    throw new Error(`Lighthouse on ${page.name} ended on ${elsewhere} instead of ${url} (signed out? wrong cookie?)`);
  }
  if (run.status !== 0 && !lhr.runtimeError) throw new Error(`Lighthouse exited with ${run.status ?? run.signal} on ${page.name}\n${run.stderr.trim()}`);
  return { lhr, runtimeError: lhr.runtimeError ?? null };
}
