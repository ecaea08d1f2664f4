import { describe, expect, it } from "vitest";
import { fillUsageDays, formatUsd, NO_USAGE, sumUsage, usageByDaySummary, type UsageDay } from "./usage";

const day = (date: string, calls: number, costMicros: number): UsageDay => ({ ...NO_USAGE, day: date, calls, costMicros, inputTokens: calls * 10, outputTokens: calls * 5 });

describe("formatUsd", () => {
  it("shows cents from a dollar up and four decimals below", () => {
    expect(formatUsd(0)).toBe("$0.00");
    expect(formatUsd(12_345_678)).toBe("$12.35");
    expect(formatUsd(1_234_567_890)).toBe("$1,234.57");
    expect(formatUsd(12_345)).toBe("$0.0123");
    expect(formatUsd(1_000_000)).toBe("$1.00");
  });

  it("never prints a tiny cost as zero", () => {
    expect(formatUsd(40)).toBe("<$0.0001");
    expect(formatUsd(Number.NaN)).toBe("$0.00");
  });
});

describe("usage by day", () => {
  it("fills quiet days with zeros, in order", () => {
    const filled = fillUsageDays(["2030-03-01", "2030-03-02", "2030-03-03"], [day("2030-03-03", 2, 300), day("2030-03-01", 1, 100)]);
    expect(filled.map((entry) => [entry.day, entry.calls, entry.costMicros])).toEqual([
      ["2030-03-01", 1, 100],
      ["2030-03-02", 0, 0],
      ["2030-03-03", 2, 300],
    ]);
  });

  it("adds every measure", () => {
    expect(sumUsage([day("a", 1, 100), { ...day("b", 2, 250), failed: 1, invalid: 2 }])).toEqual({ calls: 3, inputTokens: 30, outputTokens: 15, costMicros: 350, failed: 1, invalid: 2 });
  });

  it("summarises the range and its costliest day", () => {
    const days = [day("2030-03-01", 1, 100), day("2030-03-02", 3, 2_500_000), day("2030-03-03", 0, 0)];
    expect(usageByDaySummary(days)).toBe("4 AI calls costing $2.50 from 2030-03-01 to 2030-03-03 (UTC); the costliest day was 2030-03-02 with $2.50 over 3 calls.");
    expect(usageByDaySummary([day("2030-03-01", 0, 0)])).toBe("No AI calls from 2030-03-01 to 2030-03-01 (UTC).");
  });
});
