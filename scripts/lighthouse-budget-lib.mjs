// The pure half of scripts/lighthouse.mjs: lighthouse-budget.json against a Lighthouse report.
// The file keeps Lighthouse's classic budget.json shape (path, resourceSizes in KiB,
// resourceCounts, timings in ms), but Lighthouse 12 removed --budget-path and 13 ignores the
// flag silently, so the budgets are checked here from the report's own audits.

const RESOURCE_TYPES = new Set(["total", "document", "script", "stylesheet", "image", "media", "font", "other", "third-party"]);

/** Throws when the budget file is not a non-empty array of budgets we know how to check. */
export function validateBudgets(budgets) {
  if (!Array.isArray(budgets) || budgets.length === 0) throw new Error("lighthouse-budget.json must be a non-empty array of budgets");
  budgets.forEach((budget, index) => {
    const where = `budget #${index + 1}`;
    if (typeof budget !== "object" || budget === null) throw new Error(`${where} is not an object`);
    for (const key of ["resourceSizes", "resourceCounts"]) {
      for (const entry of budget[key] ?? []) {
        if (!RESOURCE_TYPES.has(entry.resourceType)) throw new Error(`${where}: unknown resourceType "${entry.resourceType}" in ${key}`);
        if (!(typeof entry.budget === "number" && entry.budget >= 0)) throw new Error(`${where}: ${key} ${entry.resourceType} needs a budget >= 0`);
      }
    }
    for (const entry of budget.timings ?? []) {
      if (typeof entry.metric !== "string" || !(typeof entry.budget === "number" && entry.budget >= 0)) {
        throw new Error(`${where}: every timing needs a metric (a Lighthouse audit id) and a budget >= 0`);
      }
    }
  });
  return budgets;
}

/** robots.txt-style matching, as Lighthouse's budgets did: `*` is any run of characters, `$` ends. */
export function pathMatches(pattern, pathname) {
  if (pattern === undefined) return true;
  const anchored = pattern.endsWith("$");
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const regex = body
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${regex}${anchored ? "$" : ""}`).test(pathname);
}

/** The budget for a page: the last entry whose path matches wins (Lighthouse's rule). */
export function budgetForPath(budgets, pathname) {
  return budgets.findLast((budget) => pathMatches(budget.path, pathname)) ?? null;
}

/**
 * Every budget line checked against one Lighthouse result (the JSON report):
 * `{ label, actual, limit, unit, ok }`, sizes from the resource-summary audit's transfer sizes.
 */
export function checkBudget(lhr, budget) {
  const summary = lhr?.audits?.["resource-summary"]?.details?.items;
  if (!Array.isArray(summary)) throw new Error("the report has no resource-summary audit (did the page load?)");
  const row = (type) => summary.find((item) => item.resourceType === type) ?? { transferSize: 0, requestCount: 0 };
  const results = [];
  for (const { resourceType, budget: limit } of budget.resourceSizes ?? []) {
    const actual = Math.round((row(resourceType).transferSize / 1024) * 10) / 10;
    results.push({ label: `${resourceType} size`, actual, limit, unit: "KiB", ok: actual <= limit });
  }
  for (const { resourceType, budget: limit } of budget.resourceCounts ?? []) {
    const actual = row(resourceType).requestCount;
    results.push({ label: `${resourceType} requests`, actual, limit, unit: "requests", ok: actual <= limit });
  }
  for (const { metric, budget: limit } of budget.timings ?? []) {
    const value = lhr.audits[metric]?.numericValue;
    if (typeof value !== "number") throw new Error(`the report has no numeric audit "${metric}" for a timing budget`);
    const actual = Math.round(value * 1000) / 1000;
    results.push({ label: metric, actual, limit, unit: lhr.audits[metric].numericUnit ?? "", ok: actual <= limit });
  }
  return results;
}
