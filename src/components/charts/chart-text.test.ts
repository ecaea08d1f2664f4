import { describe, expect, it } from "vitest";
import {
  estimateTextWidth,
  everyNth,
  fitsWidth,
  forecastSummary,
  formatPercent,
  integerTicks,
  masterySummary,
  plural,
  truncateToWidth,
} from "./chart-text";

describe("integerTicks", () => {
  it("counts in ones for small maxima", () => {
    expect(integerTicks(3)).toEqual([0, 1, 2, 3]);
  });

  it("rounds the top up to a step of 2 or 5", () => {
    expect(integerTicks(5)).toEqual([0, 2, 4, 6]);
    expect(integerTicks(12)).toEqual([0, 5, 10, 15]);
    expect(integerTicks(41)).toEqual([0, 20, 40, 60]);
    expect(integerTicks(100)).toEqual([0, 50, 100]);
  });

  it("keeps steps whole numbers however small the maximum", () => {
    expect(integerTicks(1)).toEqual([0, 1]);
    expect(integerTicks(2, 10)).toEqual([0, 1, 2]);
  });

  it("gives only zero for empty or invalid data", () => {
    expect(integerTicks(0)).toEqual([0]);
    expect(integerTicks(Number.NaN)).toEqual([0]);
  });
});

describe("everyNth", () => {
  it("keeps the first item and every fifth after it", () => {
    const days = Array.from({ length: 30 }, (_, index) => index);
    expect(everyNth(days, 5)).toEqual([0, 5, 10, 15, 20, 25]);
  });

  it("treats a step below one as one", () => {
    expect(everyNth(["a", "b"], 0)).toEqual(["a", "b"]);
  });
});

describe("text width", () => {
  it("estimates 0.6em per character", () => {
    expect(estimateTextWidth("12", 10)).toBe(12);
    expect(fitsWidth("12", 12, 10)).toBe(true);
    expect(fitsWidth("123", 12, 10)).toBe(false);
  });

  it("truncates long names with an ellipsis and leaves short ones alone", () => {
    expect(truncateToWidth("Sets", 100, 10)).toBe("Sets");
    const short = truncateToWidth("Conditional probability and independence", 60, 10);
    expect(short).toBe("Condition…");
    expect(fitsWidth(short, 60, 10)).toBe(true);
  });
});

describe("formatPercent", () => {
  it("rounds to a whole percentage", () => {
    expect(formatPercent(0.784)).toBe("78%");
    expect(formatPercent(0.785)).toBe("79%");
  });

  it("clamps out-of-range and missing values", () => {
    expect(formatPercent(1.2)).toBe("100%");
    expect(formatPercent(-0.1)).toBe("0%");
    expect(formatPercent(Number.NaN)).toBe("0%");
  });
});

describe("plural", () => {
  it("adds an s except for one", () => {
    expect(plural(1, "review")).toBe("1 review");
    expect(plural(0, "review")).toBe("0 reviews");
  });
});

const day = (label: string, count: number) => ({ label, count });

describe("forecastSummary", () => {
  it("gives the total and the first busiest day", () => {
    expect(forecastSummary([day("Thu 3", 2), day("Fri 4", 5), day("Sat 5", 5)])).toBe(
      "12 reviews due over the next 3 days; the busiest day is Fri 4 with 5.",
    );
  });

  it("says when every review falls on one day", () => {
    expect(forecastSummary([day("Thu 3", 0), day("Fri 4", 1)])).toBe("1 review due over the next 2 days, on Fri 4.");
    expect(forecastSummary([day("Thu 3", 4), day("Fri 4", 0)])).toBe("4 reviews due over the next 2 days, all on Thu 3.");
  });

  it("says nothing is scheduled when every count is zero", () => {
    const days = Array.from({ length: 30 }, (_, index) => day(`D${index}`, 0));
    expect(forecastSummary(days)).toBe("No reviews scheduled in the next 30 days.");
  });
});

describe("masterySummary", () => {
  it("counts topics per level from mastered down and names the strongest", () => {
    const topics = [
      { name: "Sets", level: "not_started" as const, chance: 0.5 },
      { name: "Fractions", level: "mastered" as const, chance: 0.93 },
      { name: "Ratios", level: "proficient" as const, chance: 0.78 },
      { name: "Decimals", level: "proficient" as const, chance: 0.8 },
    ];
    expect(masterySummary(topics)).toBe("4 topics: 1 mastered, 2 proficient and 1 not started; the strongest is Fractions at 93%.");
  });

  it("handles one topic and no topics", () => {
    expect(masterySummary([{ name: "Sets", level: "attempted", chance: 0.4 }])).toBe("1 topic: 1 attempted; the strongest is Sets at 40%.");
    expect(masterySummary([])).toBe("No topics to show yet.");
  });
});
