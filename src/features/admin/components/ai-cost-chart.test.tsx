// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { NO_USAGE, type UsageDay } from "../lib/usage";
import { AiCostChart } from "./ai-cost-chart";
import { HealthPanel } from "./health-panel";

afterEach(cleanup);

function usageDays(costs: Record<number, number> = {}): UsageDay[] {
  return Array.from({ length: 30 }, (_, index) => ({
    ...NO_USAGE,
    day: `2030-04-${String(index + 1).padStart(2, "0")}`,
    calls: costs[index] ? 2 : 0,
    inputTokens: costs[index] ? 100 : 0,
    outputTokens: costs[index] ? 20 : 0,
    costMicros: costs[index] ?? 0,
  }));
}

function bodyRows(figure: HTMLElement): string[][] {
  const table = within(figure).getByRole("table", { hidden: true });
  return within(table)
    .getAllByRole("row", { hidden: true })
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent ?? ""));
}

describe("AiCostChart", () => {
  it("draws a bar per day with a cost, describes the range and repeats every day in a table", () => {
    const { container } = render(<AiCostChart days={usageDays({ 0: 12_000, 9: 2_500_000 })} title="Estimated AI cost per day" note="US dollars, by UTC day" />);
    const figure = screen.getByRole("figure", { name: "Estimated AI cost per day" });
    const svg = within(figure).getByRole("img", { name: "Estimated AI cost per day" });
    expect(document.getElementById(svg.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "4 AI calls costing $2.51 from 2030-04-01 to 2030-04-30 (UTC); the costliest day was 2030-04-10 with $2.50 over 2 calls.",
    );
    expect(container.querySelectorAll("rect.visx-bar")).toHaveLength(2);
    const rows = bodyRows(figure);
    expect(rows).toHaveLength(30);
    expect(rows[0]).toEqual(["2030-04-01", "2", "120", "$0.0120"]);
    expect(rows[1]).toEqual(["2030-04-02", "0", "0", "$0.00"]);
    expect(Array.from(container.querySelectorAll(".visx-axis-bottom text"), (text) => text.textContent)[0]).toBe("Apr 1");
  });

  it("says so when nothing was called", () => {
    const { container } = render(<AiCostChart days={usageDays()} title="Cost" />);
    expect(container.querySelector("svg")?.textContent).toContain("No AI calls in this range");
    expect(container.querySelectorAll("rect.visx-bar")).toHaveLength(0);
  });
});

describe("HealthPanel", () => {
  it("writes each status as a word, not only a colour", () => {
    render(
      <HealthPanel
        overall={{ tone: "warning", text: "Ready but degraded: the app serves without its cache." }}
        items={[
          { label: "Database", tone: "ok", value: "Reachable (pglite, 1 ms)" },
          { label: "Cache", tone: "warning", value: "Unreachable", detail: "timeout" },
        ]}
      />,
    );
    expect(screen.getByRole("status").textContent).toBe("WarningReady but degraded: the app serves without its cache.");
    const terms = screen.getAllByRole("term").map((term) => term.textContent);
    expect(terms).toEqual(["Database", "Cache"]);
    expect(screen.getAllByRole("definition").map((definition) => definition.textContent)).toEqual(["OKReachable (pglite, 1 ms)", "WarningUnreachabletimeout"]);
  });
});
