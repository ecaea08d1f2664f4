#!/usr/bin/env node
// Lighthouse (mobile, simulated throttling) and First Load JS for LearnForge's main pages on an
// already-running production server (`next start` of the build in .next):
//   node bench/app/measure-pages.mjs --base-url http://127.0.0.1:3390 --cookie 'lf_session=…' [--attempt ID] [--runs N] [--details]
// Without --cookie only the landing page is measured. --details adds, for pages missing issue 8's
// targets, Lighthouse's findings and the packages in the biggest client chunks. --runs N (default 1)
// keeps each page's median of N Lighthouse runs.
import os from "node:os";
import { parseArgs } from "node:util";
import { measureFirstLoadJsChunks } from "./first-load-js.mjs";
import { measureLighthouse } from "./lighthouse.mjs";
import { chunkDetails, lighthouseDetails } from "./page-details.mjs";
import { formatPageTable, targetMisses } from "./page-targets.mjs";
import { sumChunksKb } from "../../scripts/first-load-js.mjs";

const USAGE = "usage: node bench/app/measure-pages.mjs --base-url URL [--cookie 'name=value'] [--attempt ID] [--runs N] [--details]";

const { values } = parseArgs({
  options: {
    "base-url": { type: "string" },
    cookie: { type: "string" },
    attempt: { type: "string" },
    runs: { type: "string", default: "1" },
    details: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help || !values["base-url"]) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}
const baseUrl = values["base-url"];
const runs = Number(values.runs);
if (!(Number.isInteger(runs) && runs >= 1)) {
  console.error(`measure-pages: --runs must be a whole number >= 1\n${USAGE}`);
  process.exit(2);
}
const cookie = values.cookie;

const allPages = [
  { name: "landing", path: "/", signedIn: false },
  { name: "dashboard", path: "/dashboard", signedIn: true },
  { name: "lesson", path: "/courses/probability-and-statistics/lessons/what-is-probability", signedIn: true },
  { name: "practice", path: "/practice/probability-and-statistics", signedIn: true },
  ...(values.attempt ? [{ name: "attempt", path: `/attempts/${encodeURIComponent(values.attempt)}`, signedIn: true }] : []),
];
const pages = cookie ? allPages : allPages.filter((page) => !page.signedIn);
if (!cookie) console.error("measure-pages: no --cookie, so only the signed-out pages are measured");

try {
  const health = await fetch(new URL("/api/health", baseUrl), { signal: AbortSignal.timeout(30_000) });
  if (!health.ok) throw new Error(`HTTP ${health.status}`);
} catch (error) {
  console.error(`measure-pages: ${baseUrl} is not answering /api/health (${error instanceof Error ? error.message : String(error)}): start the server first`);
  process.exit(2);
}

try {
  // Simulated throttling scales the CPU time it observed: a busy machine inflates TBT and LCP.
  const loadAtStart = os.loadavg()[0];
  const chunks = await measureFirstLoadJsChunks({ baseUrl, cookie, routes: pages });
  console.error(`measure-pages: Lighthouse on ${pages.length} page(s) × ${runs} run(s), ~11 s each…`);
  const lighthouse = await measureLighthouse({ baseUrl, cookie, pages, runs });

  const rows = lighthouse.map((row) => {
    const page = pages.find((candidate) => candidate.name === row.page);
    const withJs = { ...row, first_load_js_kb: sumChunksKb(chunks[row.page]) };
    return { ...withJs, misses: targetMisses(withJs, { learnerPage: Boolean(page?.signedIn) }) };
  });
  console.log(formatPageTable(rows));
  console.log(`\nLighthouse 13 mobile, simulated throttling${runs > 1 ? `, median of ${runs} runs` : ", one run"}; First Load JS = gzip of the page's module scripts (nomodule polyfills left out).`);
  console.log(`Reports: reports/lighthouse/bench-<page>.json. Load average at start ${loadAtStart.toFixed(2)} on ${os.cpus().length} cores.`);

  if (values.details) {
    for (const row of rows) {
      if (row.misses.length === 0) continue;
      console.log(`\n${row.page} — ${row.misses.join("; ")}`);
      console.log("  Lighthouse:");
      for (const line of lighthouseDetails(row.page)) console.log(line);
      console.log("  biggest client chunks (kB gzip):");
      for (const line of await chunkDetails(chunks[row.page])) console.log(line);
    }
  }
} catch (error) {
  console.error(`measure-pages: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
