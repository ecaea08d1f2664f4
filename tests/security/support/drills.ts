import type { ActionAnswer, Answer } from "./http";

// The fault drills' bookkeeping: every request's kind, start, end and outcome; a drill injects a
// fault, holds it, restores the service, and reads from the log what users saw.

export type RequestRecord = { kind: string; start: number; end: number; ok: boolean; serverError: boolean; code: string };

type Outcome = Answer & { result?: ActionAnswer["result"]; redirect?: string | null };

export class DrillLog {
  readonly records: RequestRecord[] = [];

  /** Runs one request, records it, and returns its answer (null when the connection failed). */
  async time<T extends Outcome>(kind: string, run: () => Promise<T>): Promise<T | null> {
    const start = performance.now();
    try {
      const answer = await run();
      const isAction = answer.result !== undefined || answer.redirect !== undefined;
      const ok = answer.status < 400 && (isAction ? answer.result?.ok === true || Boolean(answer.redirect) : answer.status === 200);
      const code = ok ? "ok" : (answer.result?.code as string | undefined) ?? String(answer.status);
      this.records.push({ kind, start, end: performance.now(), ok, serverError: answer.status === 500 || code === "INTERNAL", code });
      return answer;
    } catch (error) {
      this.records.push({ kind, start, end: performance.now(), ok: false, serverError: false, code: error instanceof Error ? error.name : "network" });
      return null;
    }
  }
}

export type DrillResult = {
  name: string;
  kinds: string[];
  requests: number;
  failedDuring: number;
  /** Failures that told the user nothing useful: an action's INTERNAL, or an API/page 500 (503 UNAVAILABLE says "try again shortly"). */
  serverErrorsDuring: number;
  /** Of those, pages: a page that cannot render shows the error page with status 500. */
  pageErrorsDuring: number;
  p95BeforeMs: number;
  p95DuringMs: number;
  /** From the service's return to the end of the last failed request. */
  recoverMs: number;
  /** Failures in the last 5 s of the watch after the fault: must be 0. */
  failedAfterRecovery: number;
  notes: string;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function p95(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!);
}

export async function runDrill(
  log: DrillLog,
  drill: { name: string; kinds: string[]; faultMs: number; afterMs: number; inject: () => Promise<void> | void; restore: () => Promise<void> | void; healthy: () => Promise<boolean> },
): Promise<DrillResult> {
  const ofKind = (record: RequestRecord) => drill.kinds.includes(record.kind);
  const before = performance.now();
  await sleep(3_000);
  const faultAt = performance.now();
  await drill.inject();
  await sleep(drill.faultMs);
  await drill.restore();
  const restoredAt = performance.now();
  await sleep(drill.afterMs);
  const deadline = performance.now() + 30_000;
  while (!(await drill.healthy()) && performance.now() < deadline) await sleep(250);

  const baseline = log.records.filter((record) => ofKind(record) && record.start >= before && record.start < faultAt);
  const during = log.records.filter((record) => ofKind(record) && record.start >= faultAt && record.start < restoredAt);
  const lateFailures = log.records.filter((record) => ofKind(record) && !record.ok && record.end >= restoredAt);
  const lastFailure = Math.max(restoredAt, ...lateFailures.map((record) => record.end));
  const tail = log.records.filter((record) => ofKind(record) && record.start >= restoredAt + drill.afterMs - 5_000 && record.start < restoredAt + drill.afterMs);
  const codes = new Map<string, number>();
  for (const record of during.filter((entry) => !entry.ok)) codes.set(`${record.kind}: ${record.code}`, (codes.get(`${record.kind}: ${record.code}`) ?? 0) + 1);
  return {
    name: drill.name,
    kinds: drill.kinds,
    requests: during.length,
    failedDuring: during.filter((record) => !record.ok).length,
    serverErrorsDuring: during.filter((record) => record.serverError).length,
    pageErrorsDuring: during.filter((record) => record.serverError && record.kind === "dashboard").length,
    p95BeforeMs: p95(baseline.map((record) => record.end - record.start)),
    p95DuringMs: p95(during.map((record) => record.end - record.start)),
    recoverMs: Math.round(lastFailure - restoredAt),
    failedAfterRecovery: tail.filter((record) => !record.ok).length,
    notes: codes.size === 0 ? "" : `what failed: ${[...codes.entries()].map(([code, n]) => `${code} ×${n}`).join(", ")}`,
  };
}
