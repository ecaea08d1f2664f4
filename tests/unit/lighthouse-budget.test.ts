import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { budgetForPath, checkBudget, pathMatches, validateBudgets } from "../../scripts/lighthouse-budget-lib.mjs";

/** The parts of a Lighthouse 13.5 report the budget reads (shape taken from a real run). */
function report({ scriptBytes, totalBytes, thirdParty = 0 }: { scriptBytes: number; totalBytes: number; thirdParty?: number }) {
  return {
    audits: {
      "resource-summary": {
        details: {
          items: [
            { resourceType: "total", label: "Total", requestCount: 14, transferSize: totalBytes },
            { resourceType: "script", label: "Script", requestCount: 9, transferSize: scriptBytes },
            { resourceType: "document", label: "Document", requestCount: 1, transferSize: 7_000 },
            { resourceType: "third-party", label: "Third-party", requestCount: thirdParty, transferSize: 0 },
          ],
        },
      },
      "largest-contentful-paint": { numericValue: 2_412.5, numericUnit: "millisecond" },
    },
  };
}

describe("the repository's lighthouse-budget.json", () => {
  const budgets = validateBudgets(JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../lighthouse-budget.json"), "utf8")));

  it.each(["/", "/courses", "/courses/probability-and-statistics/lessons/what-is-probability"])("budgets %s at 250 KiB of script, 600 KiB in all", (pathname) => {
    const budget = budgetForPath(budgets, pathname);
    expect(budget?.resourceSizes).toEqual(
      expect.arrayContaining([
        { resourceType: "script", budget: 250 },
        { resourceType: "total", budget: 600 },
      ]),
    );
  });

  it("passes a page within budget and fails one over it", () => {
    const budget = budgetForPath(budgets, "/");
    if (!budget) throw new Error("no budget for /");
    expect(checkBudget(report({ scriptBytes: 200 * 1024, totalBytes: 400 * 1024 }), budget).every((result) => result.ok)).toBe(true);
    const over = checkBudget(report({ scriptBytes: 260 * 1024, totalBytes: 400 * 1024 }), budget);
    expect(over.filter((result) => !result.ok)).toEqual([{ label: "script size", actual: 260, limit: 250, unit: "KiB", ok: false }]);
  });
});

describe("checkBudget", () => {
  it("checks request counts and timings too", () => {
    const results = checkBudget(report({ scriptBytes: 0, totalBytes: 0, thirdParty: 2 }), {
      resourceCounts: [{ resourceType: "third-party", budget: 0 }],
      timings: [{ metric: "largest-contentful-paint", budget: 2_500 }],
    });
    expect(results).toEqual([
      { label: "third-party requests", actual: 2, limit: 0, unit: "requests", ok: false },
      { label: "largest-contentful-paint", actual: 2_412.5, limit: 2_500, unit: "millisecond", ok: true },
    ]);
  });

  it("refuses a report without the resource summary (a page that did not load)", () => {
    expect(() => checkBudget({ audits: {} }, { resourceSizes: [{ resourceType: "total", budget: 1 }] })).toThrow("no resource-summary audit");
  });
});

describe("budget paths", () => {
  it("match robots.txt-style patterns", () => {
    expect(pathMatches("/*", "/courses")).toBe(true);
    expect(pathMatches("/courses*", "/courses/a/lessons/b")).toBe(true);
    expect(pathMatches("/courses$", "/courses/a")).toBe(false);
    expect(pathMatches("/courses$", "/courses")).toBe(true);
    expect(pathMatches("/teach", "/courses")).toBe(false);
    expect(pathMatches(undefined, "/anything")).toBe(true);
  });

  it("let the last matching budget win", () => {
    const budgets = [{ path: "/*", resourceSizes: [{ resourceType: "total", budget: 600 }] }, { path: "/courses*", resourceSizes: [{ resourceType: "total", budget: 900 }] }];
    expect(budgetForPath(budgets, "/courses/x")?.resourceSizes?.[0]?.budget).toBe(900);
    expect(budgetForPath(budgets, "/")?.resourceSizes?.[0]?.budget).toBe(600);
  });

  it("reject a budget file Lighthouse would not understand", () => {
    expect(() => validateBudgets({})).toThrow("non-empty array");
    expect(() => validateBudgets([{ resourceSizes: [{ resourceType: "javascript", budget: 1 }] }])).toThrow('unknown resourceType "javascript"');
  });
});
