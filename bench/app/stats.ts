// Pure figures for the load benchmark: percentiles, a phase's summary, the ratio to the ceiling
// and the targets. Unit-tested in tests/unit/bench-stats.test.ts.

/** Nearest-rank percentile of ascending samples (NaN when there are none). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export type PhaseCounts = {
  /** Responses received (good and bad). */
  responses: number;
  /** Responses whose status or body was wrong (non-2xx, a redirect, an error page, `ok: false`). */
  badResponses: number;
  /** Socket errors and requests that timed out (no response at all). */
  socketErrors: number;
  timeouts: number;
};

export type PhaseSummary = {
  rps: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  errors: number;
};

const round = (value: number, digits: number) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);

/** Requests per second over the measured wall time, latency percentiles, and every kind of error in one count. */
export function summarizePhase(latenciesMs: readonly number[], durationSeconds: number, counts: PhaseCounts): PhaseSummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    rps: durationSeconds > 0 ? round(counts.responses / durationSeconds, 1) : 0,
    p50_ms: round(percentile(sorted, 50), 2),
    p95_ms: round(percentile(sorted, 95), 2),
    p99_ms: round(percentile(sorted, 99), 2),
    errors: counts.badResponses + counts.socketErrors + counts.timeouts,
  };
}

/** A route's throughput as a share of the ceiling's at the same connections (null without a ceiling). */
export function ratioToCeiling(rps: number, ceilingRps: number | undefined): number | null {
  if (!ceilingRps || ceilingRps <= 0 || !Number.isFinite(rps)) return null;
  return round(rps / ceilingRps, 3);
}

/** Issue 8's targets. Each route names which one applies through `target` in its scenario. */
export type LatencyTarget = "write" | "dashboard" | null;

export const TARGETS = {
  /** Practice answer, autosave and submit: p95 at 10 and at 50 connections. */
  write: { 10: 25, 50: 100 } as Record<number, number>,
  /** The learner dashboard: p95 at 10 connections. */
  dashboard: { 10: 50 } as Record<number, number>,
  /** Every dynamic route keeps at least this share of the ceiling's requests per second. */
  minRatio: 0.3,
} as const;

export type TargetChecks = {
  /** The p95 bound that applies to this row, or null when none does. */
  p95LimitMs: number | null;
  p95Ok: boolean | null;
  errorsOk: boolean;
  /** Null for the ceiling itself (and rows without a ceiling figure). */
  ratioOk: boolean | null;
};

export function checkTargets(row: { connections: number; p95_ms: number; errors: number; ratio_to_ceiling: number | null }, target: LatencyTarget, isCeiling: boolean): TargetChecks {
  const p95LimitMs = target ? (TARGETS[target][row.connections] ?? null) : null;
  return {
    p95LimitMs,
    p95Ok: p95LimitMs === null ? null : Number.isFinite(row.p95_ms) && row.p95_ms <= p95LimitMs,
    errorsOk: row.errors === 0,
    ratioOk: isCeiling || row.ratio_to_ceiling === null ? null : row.ratio_to_ceiling >= TARGETS.minRatio,
  };
}

export const mark = (ok: boolean | null): string => (ok === null ? "—" : ok ? "✓" : "✗");
