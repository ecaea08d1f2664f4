import { randomUUID } from "node:crypto";
import {
  assertTokenCount,
  assertValidBudgetKey,
  assertValidReservation,
  BUDGET_RETENTION_SECONDS,
  utcDay,
  type TokenBudgetStore,
} from "./budget-types";

export interface MemoryBudgetStoreOptions {
  /** Milliseconds since the epoch; injectable for tests. Only decides which days are pruned. */
  now?: () => number;
}

/**
 * Per-process budgets with the Redis store's semantics. Every method runs
 * synchronously to completion, so concurrent calls cannot interleave. Each
 * server instance counts on its own — use Upstash when there are several.
 */
export function createMemoryBudgetStore({ now = Date.now }: MemoryBudgetStoreOptions = {}): TokenBudgetStore {
  const usedByDay = new Map<string, Map<string, number>>();
  const settledIdsByDay = new Map<string, Set<string>>();

  // Keeps today and yesterday, as the Redis keys' two-day expiry roughly does; callers pass utcDay(now).
  const pruneOldDays = () => {
    const oldestKept = utcDay(new Date(now() - (BUDGET_RETENTION_SECONDS / 2) * 1000));
    for (const day of usedByDay.keys()) if (day < oldestKept) usedByDay.delete(day);
    for (const day of settledIdsByDay.keys()) if (day < oldestKept) settledIdsByDay.delete(day);
  };

  const countersFor = (day: string) => {
    const counters = usedByDay.get(day) ?? new Map<string, number>();
    usedByDay.set(day, counters);
    return counters;
  };

  return {
    async reserve(key, tokens, limit) {
      assertValidBudgetKey(key);
      assertTokenCount("tokens", tokens);
      assertTokenCount("limit", limit);
      pruneOldDays();
      const used = usedByDay.get(key.day)?.get(key.userId) ?? 0;
      if (used + tokens > limit) return { ok: false, used, limit, requested: tokens };
      countersFor(key.day).set(key.userId, used + tokens);
      const reservation = { key: { userId: key.userId, day: key.day }, tokens, id: randomUUID() };
      return { ok: true, reservation, usedAfter: used + tokens, limit };
    },

    async settle(reservation, actualTokens) {
      assertValidReservation(reservation);
      assertTokenCount("actualTokens", actualTokens);
      pruneOldDays();
      const { key, tokens, id } = reservation;
      const settledIds = settledIdsByDay.get(key.day) ?? new Set<string>();
      if (settledIds.has(id)) return;
      settledIdsByDay.set(key.day, settledIds.add(id));
      const counters = countersFor(key.day);
      counters.set(key.userId, Math.max(0, (counters.get(key.userId) ?? 0) + actualTokens - tokens));
    },

    async used(key) {
      assertValidBudgetKey(key);
      pruneOldDays();
      return usedByDay.get(key.day)?.get(key.userId) ?? 0;
    },
  };
}
