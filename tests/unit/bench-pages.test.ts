import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "acorn";
import { afterAll, describe, expect, it } from "vitest";
import { chunkContents, fingerprintPackage, labelForManifestPath, turbopackModules } from "../../bench/app/chunk-contents.mjs";
import { chunkSizes, noModuleScriptsInHtml, scriptChunksInHtml, sumChunksKb } from "../../bench/app/first-load-js.mjs";
import { lighthouseFindings, lighthouseRow, medianRunIndex, redirectedAway } from "../../bench/app/lighthouse-report.mjs";
import { formatPageTable, targetMisses } from "../../bench/app/page-targets.mjs";

/** The parts of a Lighthouse 13.5 report the bench reads (shape and values from a real mobile run). */
function report({ performance = 0.96, lcp = 2_773.4, cls = 0.0004 } = {}) {
  return {
    finalDisplayedUrl: "http://127.0.0.1:3390/dashboard",
    categories: {
      performance: {
        score: performance,
        auditRefs: [
          { id: "largest-contentful-paint", weight: 25, group: "metrics" },
          { id: "render-blocking-insight", weight: 0, group: "insights" },
          { id: "unused-javascript", weight: 0, group: "diagnostics" },
          { id: "bf-cache", weight: 0, group: "diagnostics" },
          { id: "dom-size-insight", weight: 0, group: "insights" },
        ],
      },
      accessibility: { score: 1, auditRefs: [{ id: "color-contrast", weight: 7 }] },
      "best-practices": { score: 0.962, auditRefs: [{ id: "errors-in-console", weight: 1 }] },
    },
    audits: {
      "largest-contentful-paint": { score: 0.84, scoreDisplayMode: "numeric", numericValue: lcp, displayValue: "2.8 s" },
      "total-blocking-time": { score: 1, scoreDisplayMode: "numeric", numericValue: 40.6 },
      "cumulative-layout-shift": { score: 1, scoreDisplayMode: "numeric", numericValue: cls },
      "render-blocking-insight": { title: "Render-blocking requests", score: 0, scoreDisplayMode: "metricSavings", displayValue: "Est savings of 110 ms", metricSavings: { FCP: 100, LCP: 100 } },
      "unused-javascript": {
        title: "Reduce unused JavaScript",
        score: 0,
        scoreDisplayMode: "metricSavings",
        displayValue: "Est savings of 28 KiB",
        metricSavings: { FCP: 0, LCP: 200 },
        details: { overallSavingsMs: 200, overallSavingsBytes: 28_702 },
      },
      "bf-cache": { title: "Page prevented back/forward cache restoration", score: 0, scoreDisplayMode: "binary", displayValue: "2 failure reasons" },
      "dom-size-insight": { title: "Optimize DOM size", score: null, scoreDisplayMode: "informative" },
      "color-contrast": { title: "Contrast", score: 1, scoreDisplayMode: "binary" },
      "errors-in-console": { title: "Browser errors were logged to the console", score: 0, scoreDisplayMode: "binary" },
    },
  };
}

describe("lighthouseRow", () => {
  it("turns a report into 0–100 scores, whole milliseconds and CLS to three decimals", () => {
    expect(lighthouseRow("dashboard", report())).toEqual({
      page: "dashboard",
      performance: 96,
      accessibility: 100,
      best_practices: 96,
      lcp_ms: 2_773,
      tbt_ms: 41,
      cls: 0,
    });
    expect(lighthouseRow("lesson", report({ cls: 0.0616 })).cls).toBe(0.062);
  });

  it("refuses a report Lighthouse could not finish", () => {
    expect(() => lighthouseRow("x", { ...report(), runtimeError: { code: "NO_FCP", message: "The page did not paint any content." } })).toThrow("NO_FCP");
    const unscored = report();
    unscored.categories.performance.score = null as unknown as number;
    expect(() => lighthouseRow("x", unscored)).toThrow("no performance score");
  });
});

describe("redirectedAway", () => {
  it("names the page Lighthouse ended on when it is not the one asked for", () => {
    expect(redirectedAway(report(), "/dashboard")).toBeNull();
    expect(redirectedAway({ finalDisplayedUrl: "http://127.0.0.1:3390/sign-in?next=%2Fdashboard" }, "/dashboard")).toBe("http://127.0.0.1:3390/sign-in?next=%2Fdashboard");
  });
});

describe("medianRunIndex", () => {
  it("keeps the middle run by performance score, the slower LCP first on a tie", () => {
    const runs = [
      { performance: 98, lcp_ms: 2_289 },
      { performance: 94, lcp_ms: 2_987 },
      { performance: 95, lcp_ms: 2_922 },
    ];
    expect(medianRunIndex(runs)).toBe(2);
    expect(medianRunIndex([{ performance: 95, lcp_ms: 1_800 }, { performance: 95, lcp_ms: 2_900 }])).toBe(1);
    expect(() => medianRunIndex([])).toThrow("no runs");
  });
});

describe("lighthouseFindings", () => {
  it("lists failing audits worst first and leaves out metrics and informative audits", () => {
    const findings = lighthouseFindings(report());
    expect(findings.map((finding) => finding.id)).toEqual(["unused-javascript", "render-blocking-insight", "bf-cache", "errors-in-console"]);
    expect(findings[0]).toMatchObject({ category: "performance", savingsMs: 200, savingsBytes: 28_702 });
  });
});

describe("First Load JS helpers", () => {
  const html = [
    '<script src="/_next/static/chunks/a.js" async=""></script>',
    '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
    '<script>self.__next_f.push([1,"I[123,[\\"/_next/static/chunks/b.js\\"],\\"default\\"]"])</script>',
    '<link rel="preload" as="script" href="/_next/static/chunks/a.js"/>',
  ].join("");
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-pages-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("finds every distinct chunk in the HTML and the RSC payload, and which ones are nomodule", () => {
    expect(scriptChunksInHtml(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/poly.js", "/_next/static/chunks/b.js"]);
    expect(noModuleScriptsInHtml(html)).toEqual(["/_next/static/chunks/poly.js"]);
  });

  it("sums gzip sizes of the files in .next/static, in kB with one decimal", () => {
    mkdirSync(path.join(dir, "chunks"));
    const big = Buffer.from(Array.from({ length: 40_000 }, (_, index) => String.fromCharCode(32 + ((index * 7919) % 90))).join(""));
    writeFileSync(path.join(dir, "chunks", "a.js"), big);
    writeFileSync(path.join(dir, "chunks", "b.js"), "console.log(1)");
    const sizes = chunkSizes(["/_next/static/chunks/a.js", "/_next/static/chunks/b.js"], dir);
    expect(sizes.map((size) => size.gzipBytes)).toEqual([gzipSync(big, { level: 9 }).length, gzipSync("console.log(1)", { level: 9 }).length]);
    expect(sumChunksKb([{ gzipBytes: 1_024 }, { gzipBytes: 2_150 }])).toBe(3.1);
    expect(sumChunksKb([])).toBe(0);
  });

  it("says which build to suspect when a chunk is missing", () => {
    expect(() => chunkSizes(["/_next/static/chunks/gone.js"], dir)).toThrow("different build");
  });
});

describe("targets", () => {
  const row = { page: "practice", performance: 96, accessibility: 100, best_practices: 100, lcp_ms: 2_847, tbt_ms: 51, cls: 0, first_load_js_kb: 202.3 };

  it("names each missed target; First Load JS only on learner pages", () => {
    expect(targetMisses(row, { learnerPage: true })).toEqual(["LCP 2847 ms > 1500", "First Load JS 202.3 kB > 150"]);
    expect(targetMisses(row, { learnerPage: false })).toEqual(["LCP 2847 ms > 1500"]);
    expect(targetMisses({ ...row, performance: 93, accessibility: 98, lcp_ms: 1_400, cls: 0.06, first_load_js_kb: 149 }, { learnerPage: true })).toEqual([
      "performance 93 < 95",
      "accessibility 98 < 100",
      "CLS 0.06 > 0.05",
    ]);
  });

  it("prints a row per page with its misses", () => {
    const table = formatPageTable([{ ...row, misses: ["LCP 2847 ms > 1500"] }, { ...row, page: "landing", lcp_ms: 1_200, misses: [] }]).split("\n");
    expect(table[0]).toMatch(/^page\s+perf\s+a11y\s+best-pr\s+LCP ms\s+TBT ms\s+CLS\s+JS kB gz$/);
    expect(table[2]).toMatch(/^practice\s+96\s+100\s+100\s+2847\s+51\s+0\s+202\.3 {2}✗ LCP 2847 ms > 1500$/);
    expect(table[3]).toMatch(/^landing .* ✓$/);
  });
});

describe("chunk contents", () => {
  const chunk =
    '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["object"==typeof document?document.currentScript:void 0,' +
    '146480,(e,t,n)=>{"use strict";var r=e.i(247167);n.__reactContainer$="x"},' +
    '511374,e=>{"use strict";function t(e){return e}e.s(["LiveUnread",()=>t])},' +
    '922143,e=>{"use strict";let r=class $ZodType{};e.s(["z",()=>r])},' +
    '999,e=>{"use strict";e.s(["helper",()=>1])}]);';

  it("splits a Turbopack chunk into its module factories", () => {
    expect(turbopackModules(chunk, parse).map((module) => module.id)).toEqual([146480, 511374, 922143, 999]);
  });

  it("names modules from the client manifest first, then by package fingerprints, then by shape", () => {
    const names = new Map([[511374, "[project]/src/components/layout/live-unread.tsx"]]);
    const labels = chunkContents(chunk, { parse, names }).map((group) => group.label);
    expect(labels).toEqual(expect.arrayContaining(["react-dom", "src/components/layout/live-unread.tsx", "zod", "app modules imported by client entries (src/…)"]));
    expect(labels).toHaveLength(4);
  });

  it("reads package names out of manifest paths and strings", () => {
    expect(labelForManifestPath("[project]/node_modules/next/dist/client/app-dir/link.js")).toBe("next");
    expect(labelForManifestPath("[project]/node_modules/@sentry/nextjs/build/esm/index.js <module evaluation>")).toBe("@sentry/nextjs");
    expect(fingerprintPackage('let t=e.__SENTRY__=e.__SENTRY__||{}')).toBe("@sentry/*");
    expect(fingerprintPackage("function add(a,b){return a+b}")).toBeNull();
  });

  it("labels the runtime and polyfill chunks, which hold no modules", () => {
    expect(chunkContents("(globalThis.TURBOPACK_CHUNK_LISTS||[]).push({});globalThis.TURBOPACK=1", { parse })[0]?.label).toBe("turbopack runtime");
  });
});
