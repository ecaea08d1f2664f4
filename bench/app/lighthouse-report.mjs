// The pure half of bench/app/lighthouse.mjs: a Lighthouse 13 JSON result (LHR) → the bench row,
// and the findings worth reading when a page misses its targets.

export const LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices"];

/** A category score 0–1 → 0–100 integer; throws on a missing score (Lighthouse sets null when an audit errored). */
function categoryScore(lhr, id) {
  const score = lhr.categories?.[id]?.score;
  if (typeof score !== "number") throw new Error(`the report has no ${id} score (Lighthouse could not score the page)`);
  return Math.round(score * 100);
}

function numericAudit(lhr, id) {
  const value = lhr.audits?.[id]?.numericValue;
  if (typeof value !== "number") throw new Error(`the report has no numeric audit "${id}"`);
  return value;
}

/** `{ page, performance, accessibility, best_practices, lcp_ms, tbt_ms, cls }` from one report. */
export function lighthouseRow(page, lhr) {
  if (lhr?.runtimeError) throw new Error(`Lighthouse failed on ${page}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  return {
    page,
    performance: categoryScore(lhr, "performance"),
    accessibility: categoryScore(lhr, "accessibility"),
    best_practices: categoryScore(lhr, "best-practices"),
    lcp_ms: Math.round(numericAudit(lhr, "largest-contentful-paint")),
    tbt_ms: Math.round(numericAudit(lhr, "total-blocking-time")),
    cls: Math.round(numericAudit(lhr, "cumulative-layout-shift") * 1000) / 1000,
  };
}

/**
 * Index of the median run among rows of one page: the middle by performance score, ties broken by
 * LCP — simulated LCP on a local server swings by ±0.6 s between identical runs, so one run is noisy.
 */
export function medianRunIndex(rows) {
  if (rows.length === 0) throw new Error("no runs to choose from");
  const order = rows.map((row, index) => ({ row, index })).sort((a, b) => a.row.performance - b.row.performance || b.row.lcp_ms - a.row.lcp_ms);
  return order[Math.floor((order.length - 1) / 2)].index;
}

/** The pathname Lighthouse ended on differs from the one asked for (a redirect, e.g. to /sign-in). */
export function redirectedAway(lhr, pathname) {
  if (!lhr?.finalDisplayedUrl) return null;
  const ended = new URL(lhr.finalDisplayedUrl);
  return ended.pathname === pathname ? null : ended.href;
}

// Audits that only restate the score (metrics) or list facts without a verdict.
const NOT_FINDINGS = new Set(["informative", "notApplicable", "manual", "error"]);

/** The biggest metric saving an audit claims, in ms (TBT/LCP/FCP) — CLS savings are unitless and ranked apart. */
function savings(audit) {
  const metric = audit.metricSavings ?? {};
  const ms = Math.max(0, metric.LCP ?? 0, metric.FCP ?? 0, metric.TBT ?? 0, audit.details?.overallSavingsMs ?? 0);
  return { ms, cls: metric.CLS ?? 0, bytes: audit.details?.overallSavingsBytes ?? 0 };
}

/**
 * Failing audits per category, worst first: performance by claimed metric savings (then score),
 * accessibility and best practices by weight. `[{ category, id, title, displayValue, score, savingsMs, savingsBytes }]`.
 */
export function lighthouseFindings(lhr, { perCategory = 6 } = {}) {
  const findings = [];
  for (const category of LIGHTHOUSE_CATEGORIES) {
    const refs = lhr.categories?.[category]?.auditRefs ?? [];
    const failing = [];
    for (const ref of refs) {
      if (ref.group === "metrics") continue;
      const audit = lhr.audits?.[ref.id];
      if (!audit || NOT_FINDINGS.has(audit.scoreDisplayMode) || audit.score === null || audit.score >= 0.9) continue;
      const saved = savings(audit);
      // Performance insights with nothing to save and a passing-ish score are noise.
      if (category === "performance" && saved.ms === 0 && saved.cls === 0 && saved.bytes === 0 && audit.score >= 0.5) continue;
      failing.push({
        category,
        id: ref.id,
        title: audit.title,
        displayValue: audit.displayValue ?? "",
        score: audit.score,
        weight: ref.weight ?? 0,
        savingsMs: Math.round(saved.ms),
        savingsCls: Math.round(saved.cls * 1000) / 1000,
        savingsBytes: saved.bytes,
      });
    }
    failing.sort((a, b) => b.savingsMs - a.savingsMs || b.savingsCls - a.savingsCls || b.weight - a.weight || a.score - b.score);
    findings.push(...failing.slice(0, perCategory));
  }
  return findings;
}

/** Diagnostics that explain a slow mobile load even when no audit fails: main-thread time by category, JS boot-up by script. */
export function lighthouseDiagnostics(lhr, { top = 5 } = {}) {
  const mainThread = (lhr.audits?.["mainthread-work-breakdown"]?.details?.items ?? [])
    .map((item) => ({ group: item.groupLabel ?? item.group, ms: Math.round(item.duration) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
  const bootup = (lhr.audits?.["bootup-time"]?.details?.items ?? [])
    .map((item) => ({ url: item.url, totalMs: Math.round(item.total), scriptingMs: Math.round(item.scripting) }))
    .sort((a, b) => b.totalMs - a.totalMs)
    .slice(0, top);
  const lcpElement = lhr.audits?.["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null;
  return { mainThread, bootup, lcpElement, benchmarkIndex: lhr.environment?.benchmarkIndex ?? null, throttling: lhr.configSettings?.throttlingMethod ?? null };
}
