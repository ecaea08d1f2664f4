import { describe, expect, it } from "vitest";
import type { TestStatistics } from "@/features/tests/lib/statistics";
import { formatPercent, itemStatisticsToCsv, summaryFigures, type ItemStatisticsRow } from "./statistics-format";

const item = (overrides: Partial<ItemStatisticsRow>): ItemStatisticsRow => ({
  key: "q1",
  maxMark: 2,
  attemptCount: 10,
  facility: 62.5,
  standardDeviation: 30.1234,
  discriminationIndex: 41.2,
  discriminativeEfficiency: 55,
  flags: [],
  notes: {},
  type: "single_choice",
  stem: "Two **fair** dice are rolled.",
  position: 1,
  ...overrides,
});

const summary = (overrides: Partial<TestStatistics>): TestStatistics => ({
  attemptCount: 10,
  meanMarks: 10,
  meanPercent: 62.5,
  medianMarks: 11,
  medianPercent: 68.75,
  standardDeviationMarks: 2.5,
  standardDeviationPercent: 15.625,
  skewness: -0.351,
  kurtosis: 0.1,
  internalConsistency: 78.04,
  errorRatio: 46.86,
  standardErrorMarks: 1.17,
  standardErrorPercent: 7.32,
  notes: {},
  ...overrides,
});

describe("itemStatisticsToCsv", () => {
  it("writes one row per question with figures as percentages and flags in words", () => {
    const csv = itemStatisticsToCsv([
      item({}),
      item({
        position: 2,
        type: "essay",
        stem: "=cmd|' /C calc'!A0",
        facility: null,
        discriminationIndex: null,
        discriminativeEfficiency: null,
        standardDeviation: null,
        notes: { facility: "No attempt included this item." },
        flags: [{ code: "too_easy", message: "Facility 98%: extremely easy; it tells learners apart little." }],
      }),
    ]);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("Position,Question,Type,Attempts,Max mark,Facility (%),SD (%),Discrimination index (%),Discriminative efficiency (%),Flags,Notes");
    expect(lines[1]).toBe("1,Two fair dice are rolled.,Single choice,10,2,62.5,30.12,41.2,55,,");
    // A stem that a spreadsheet would run as a formula is defused.
    expect(lines[2]).toBe("2,'=cmd|' /C calc'!A0,Essay,10,2,,,,,Facility 98%: extremely easy; it tells learners apart little.,Facility: No attempt included this item.");
    expect(lines[3]).toBe("");
  });
});

describe("summaryFigures", () => {
  it("pairs percentages with marks and keeps the units", () => {
    const figures = summaryFigures(summary({}));
    expect(figures.find((figure) => figure.label === "Mean")?.value).toBe("62.5% (10 marks)");
    expect(figures.find((figure) => figure.label === "Skewness")?.value).toBe("-0.35");
    expect(figures.find((figure) => figure.label.startsWith("Coefficient"))?.value).toBe("78%");
    expect(figures.find((figure) => figure.label === "Standard error")?.value).toBe("7.3% (1.17 marks)");
  });

  it("gives a missing figure no value and the reason it is missing", () => {
    const figures = summaryFigures(summary({ kurtosis: null, notes: { kurtosis: "Needs at least 4 attempts." } }));
    expect(figures.find((figure) => figure.label === "Kurtosis")).toMatchObject({ value: null, note: "Needs at least 4 attempts." });
  });

  it("rounds percentages to one decimal without a negative zero", () => {
    expect(formatPercent(78.04)).toBe("78%");
    expect(formatPercent(-0.01)).toBe("0%");
  });
});
