import { describe, expect, it } from "vitest";
import { checkTargets, mark, percentile, ratioToCeiling, summarizePhase, TARGETS } from "../../bench/app/stats";

describe("bench percentile", () => {
  it("takes the nearest rank of ascending samples", () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
  });

  it("is NaN without samples", () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("bench phase summary", () => {
  it("counts every response in req/s, sorts latencies itself and adds up every kind of error", () => {
    const summary = summarizePhase([30, 10, 20, 40], 2, { responses: 9, badResponses: 2, socketErrors: 1, timeouts: 3 });
    expect(summary).toEqual({ rps: 4.5, p50_ms: 20, p95_ms: 40, p99_ms: 40, errors: 6 });
  });

  it("reports no throughput for an empty phase", () => {
    const summary = summarizePhase([], 0, { responses: 0, badResponses: 0, socketErrors: 0, timeouts: 0 });
    expect(summary.rps).toBe(0);
    expect(summary.p95_ms).toBeNaN();
  });
});

describe("bench ratio to the ceiling", () => {
  it("divides by the ceiling's req/s at the same connections", () => {
    expect(ratioToCeiling(300, 1000)).toBe(0.3);
    expect(ratioToCeiling(1, 3)).toBe(0.333);
  });

  it("has no ratio without a ceiling figure", () => {
    expect(ratioToCeiling(300, undefined)).toBeNull();
    expect(ratioToCeiling(300, 0)).toBeNull();
  });
});

describe("bench targets", () => {
  const row = (connections: number, p95: number, errors = 0, ratio: number | null = 0.5) => ({ connections, p95_ms: p95, errors, ratio_to_ceiling: ratio });

  it("holds writes to 25 ms p95 at 10 connections and 100 ms at 50", () => {
    expect(checkTargets(row(10, 25), "write", false).p95Ok).toBe(true);
    expect(checkTargets(row(10, 25.1), "write", false).p95Ok).toBe(false);
    expect(checkTargets(row(50, 99), "write", false)).toMatchObject({ p95LimitMs: 100, p95Ok: true });
    expect(TARGETS.write).toEqual({ 10: 25, 50: 100 });
  });

  it("holds the dashboard to 50 ms p95 at 10 connections only", () => {
    expect(checkTargets(row(10, 51), "dashboard", false)).toMatchObject({ p95LimitMs: 50, p95Ok: false });
    expect(checkTargets(row(50, 500), "dashboard", false)).toMatchObject({ p95LimitMs: null, p95Ok: null });
  });

  it("has no latency target for other routes, and a missing p95 fails a target", () => {
    expect(checkTargets(row(10, 900), null, false).p95Ok).toBeNull();
    expect(checkTargets(row(10, Number.NaN), "write", false).p95Ok).toBe(false);
  });

  it("wants zero errors and at least 30% of the ceiling from every dynamic route", () => {
    expect(checkTargets(row(10, 1, 1), null, false).errorsOk).toBe(false);
    expect(checkTargets(row(10, 1, 0, 0.3), null, false).ratioOk).toBe(true);
    expect(checkTargets(row(10, 1, 0, 0.29), null, false).ratioOk).toBe(false);
    expect(checkTargets(row(10, 1, 0, 1), null, true).ratioOk).toBeNull();
  });

  it("marks a check ✓, ✗ or — when none applies", () => {
    expect([mark(true), mark(false), mark(null)]).toEqual(["✓", "✗", "—"]);
  });
});
