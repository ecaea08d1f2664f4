// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ForecastChart, type ForecastDay } from "./forecast-chart";
import { MASTERY_LABELS, MasteryBadge } from "./mastery-badge";
import { MasteryChart, type MasteryTopic } from "./mastery-chart";

afterEach(cleanup);

function forecastDays(counts: Record<number, number> = {}): ForecastDay[] {
  return Array.from({ length: 30 }, (_, index) => {
    const day = String(index + 1).padStart(2, "0");
    return { date: `2025-10-${day}`, label: `D${index + 1}`, count: counts[index] ?? 0 };
  });
}

/** The chart image and the description its aria-describedby points at. */
function chartImage(figure: HTMLElement, name: string) {
  const svg = within(figure).getByRole("img", { name });
  const desc = document.getElementById(svg.getAttribute("aria-describedby") ?? "");
  return { svg, title: svg.querySelector("title")?.textContent, desc: desc?.textContent };
}

/** Body rows of the figure's table as arrays of cell text. */
function tableRows(figure: HTMLElement): string[][] {
  const table = within(figure).getByRole("table", { hidden: true });
  return within(table)
    .getAllByRole("row", { hidden: true })
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent ?? ""));
}

describe("ForecastChart", () => {
  it("names the figure, describes the data and repeats it in a table", () => {
    render(<ForecastChart days={forecastDays({ 0: 2, 3: 5, 4: 5 })} title="Reviews due" description="Today includes overdue cards." />);
    const figure = screen.getByRole("figure", { name: "Reviews due" });
    const { svg, title, desc } = chartImage(figure, "Reviews due");
    expect(svg.getAttribute("viewBox")).toMatch(/^0 0 \d+ \d+$/);
    expect(title).toBe("Reviews due");
    expect(desc).toBe("12 reviews due over the next 30 days; the busiest day is D4 with 5.");
    expect(within(figure).getByText("Today includes overdue cards.")).toBeTruthy();
    expect(within(figure).getByText("Show as a table")).toBeTruthy();

    const rows = tableRows(figure);
    expect(rows).toHaveLength(30);
    expect(rows[0]).toEqual(["D1", "2025-10-01", "2"]);
    expect(rows[3]).toEqual(["D4", "2025-10-04", "5"]);
    expect(rows[29]).toEqual(["D30", "2025-10-30", "0"]);
  });

  it("draws one bar per non-zero day and labels every fifth day", () => {
    const { container } = render(<ForecastChart days={forecastDays({ 0: 2, 3: 5, 4: 5 })} title="Reviews due" />);
    expect(container.querySelectorAll("rect.visx-bar")).toHaveLength(3);
    const axisLabels = Array.from(container.querySelectorAll(".visx-axis-bottom text"), (text) => text.textContent);
    expect(axisLabels).toEqual(["D1", "D6", "D11", "D16", "D21", "D26"]);
  });

  it("says so when nothing is scheduled", () => {
    const { container } = render(<ForecastChart days={forecastDays()} title="Reviews due" />);
    const figure = screen.getByRole("figure", { name: "Reviews due" });
    expect(chartImage(figure, "Reviews due").desc).toBe("No reviews scheduled in the next 30 days.");
    expect(container.querySelector("svg")?.textContent).toContain("No reviews scheduled in the next 30 days");
    expect(container.querySelectorAll("rect.visx-bar")).toHaveLength(0);
    expect(tableRows(figure)).toHaveLength(30);
  });
});

const topics: MasteryTopic[] = [
  { name: "Fractions", level: "mastered", chance: 0.93, answers: 24, href: "/practice/fractions" },
  { name: "Ratios", level: "proficient", chance: 0.78, answers: 9 },
  { name: "Decimals", level: "familiar", chance: 0.6, answers: 4 },
  { name: "Percentages", level: "attempted", chance: 0.41, answers: 2 },
  { name: "Sets", level: "not_started", chance: 0.5, answers: 0 },
];

describe("MasteryChart", () => {
  it("writes every level next to its bar and summarises the topics", () => {
    const { container } = render(<MasteryChart topics={topics} title="Topic mastery" />);
    const figure = screen.getByRole("figure", { name: "Topic mastery" });
    const { title, desc } = chartImage(figure, "Topic mastery");
    expect(title).toBe("Topic mastery");
    expect(desc).toBe("5 topics: 1 mastered, 1 proficient, 1 familiar, 1 attempted and 1 not started; the strongest is Fractions at 93%.");
    const svgText = container.querySelector("svg")?.textContent ?? "";
    for (const text of ["Mastered · 93%", "Proficient · 78%", "Familiar · 60%", "Attempted · 41%", "Not started · 50%"]) {
      expect(svgText).toContain(text);
    }
    expect(container.querySelectorAll("rect.visx-bar")).toHaveLength(5);
  });

  it("lists topic, level, predicted chance and answers in the table, linking topics with a page", () => {
    render(<MasteryChart topics={topics} title="Topic mastery" />);
    const figure = screen.getByRole("figure", { name: "Topic mastery" });
    const rows = tableRows(figure);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual(["Fractions", "●Mastered", "93%", "24"]);
    expect(rows[4]).toEqual(["Sets", "○Not started", "50%", "0"]);
    expect(within(figure).getByRole("link", { name: "Fractions", hidden: true }).getAttribute("href")).toBe("/practice/fractions");
  });

  it("renders an empty chart without topics", () => {
    const { container } = render(<MasteryChart topics={[]} title="Topic mastery" />);
    expect(chartImage(screen.getByRole("figure", { name: "Topic mastery" }), "Topic mastery").desc).toBe("No topics to show yet.");
    expect(container.querySelector("svg")?.textContent).toContain("No topics to show yet");
  });
});

describe("MasteryBadge", () => {
  it("shows the symbol and the word, hiding the symbol from screen readers", () => {
    const { container } = render(<MasteryBadge level="proficient" />);
    expect(container.textContent).toBe("◕Proficient");
    expect(container.querySelector('[aria-hidden="true"]')?.textContent).toBe("◕");
    expect(MASTERY_LABELS.not_started).toBe("Not started");
  });
});
