/** Which counter a reservation draws from: one per user per UTC day. */
export type BudgetKey = { userId: string; day: string /* "YYYY-MM-DD" UTC */ };

export type BudgetReservation = { key: BudgetKey; tokens: number; id: string };

export type ReserveResult =
  | { ok: true; reservation: BudgetReservation; usedAfter: number; limit: number }
  | { ok: false; used: number; limit: number; requested: number };

/**
 * Per-user daily AI token budgets: reserve an estimate before a model call,
 * settle with what the call really used after it.
 */
export interface TokenBudgetStore {
  /** Atomically adds `tokens` to the day's counter unless that would pass `limit`; nothing changes when refused. */
  reserve(key: BudgetKey, tokens: number, limit: number): Promise<ReserveResult>;
  /** Replaces a reservation by what the call really used (refund or extra charge; never below 0; idempotent per reservation id). */
  settle(reservation: BudgetReservation, actualTokens: number): Promise<void>;
  /** Tokens counted for the day so far (reserved + settled). */
  used(key: BudgetKey): Promise<number>;
}

/** The store could not answer (down, timeout, script error); callers should refuse the AI call. */
export class BudgetUnavailableError extends Error {
  override name = "BudgetUnavailableError";
}

/**
 * Counters and settled markers live two days, so a call reserved just before
 * midnight UTC can still settle against the day it was reserved on.
 */
export const BUDGET_RETENTION_SECONDS = 2 * 24 * 60 * 60;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The UTC calendar day of `date` as "YYYY-MM-DD". */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function assertValidBudgetKey({ userId, day }: BudgetKey): void {
  if (typeof userId !== "string" || userId.length === 0) throw new RangeError("budget userId must be a non-empty string");
  // Round-tripping through Date rejects impossible days such as 2025-02-30.
  if (typeof day !== "string" || !DAY_PATTERN.test(day) || utcDay(new Date(`${day}T00:00:00Z`)) !== day) {
    throw new RangeError(`budget day must be a UTC date "YYYY-MM-DD", got "${String(day)}"`);
  }
}

export function assertTokenCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

export function assertValidReservation({ key, tokens, id }: BudgetReservation): void {
  assertValidBudgetKey(key);
  assertTokenCount("reserved tokens", tokens);
  if (typeof id !== "string" || id.length === 0) throw new RangeError("reservation id must be a non-empty string");
}
