import { randomUUID } from "node:crypto";
import { withTimeout } from "@/lib/timeout";
import type { RedisClient } from "@/services/redis/client";
import {
  assertTokenCount,
  assertValidBudgetKey,
  assertValidReservation,
  BUDGET_RETENTION_SECONDS,
  BudgetUnavailableError,
  type BudgetKey,
  type TokenBudgetStore,
} from "./budget-types";

// Each operation is one script, so Redis runs its check and its write with nothing in between.
// Numbers travel as strings in ARGV: Lua would print large numbers as 1e+15, which INCRBY rejects.

/** KEYS: counter. ARGV: tokens, limit, ttl. Returns {granted 0|1, used after}. */
const RESERVE_SCRIPT = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
if used + tonumber(ARGV[1]) > tonumber(ARGV[2]) then return {0, used} end
used = redis.call('INCRBY', KEYS[1], ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return {1, used}
`;

/** KEYS: counter, settled marker. ARGV: actual - reserved, ttl. Returns 1 when applied, 0 when already settled. */
const SETTLE_SCRIPT = `
if not redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[2]) then return 0 end
if redis.call('INCRBY', KEYS[1], ARGV[1]) < 0 then redis.call('SET', KEYS[1], '0') end
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 1
`;

/** KEYS: counter. Returns the count, 0 when absent, or an error when it is not a number. */
const USED_SCRIPT = `
local used = redis.call('GET', KEYS[1])
if not used then return 0 end
local count = tonumber(used)
if not count then return redis.error_reply('budget counter is not a number') end
return count
`;

export interface RedisBudgetStoreOptions {
  /** Beyond this the call rejects with BudgetUnavailableError; default 1500 ms. */
  timeoutMs?: number;
  /** Key namespace; default "ai-budget". */
  keyPrefix?: string;
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value);
}

function parsePair(reply: unknown): [number, number] {
  if (Array.isArray(reply) && reply.length === 2 && isCount(reply[0]) && isCount(reply[1])) return [reply[0], reply[1]];
  throw new Error(`unexpected script reply ${JSON.stringify(reply)}`);
}

function parseCount(reply: unknown): number {
  if (isCount(reply)) return reply;
  throw new Error(`unexpected script reply ${JSON.stringify(reply)}`);
}

/** Budgets on Upstash Redis, shared by every server instance. Fails closed: any error or timeout rejects. */
export function createRedisBudgetStore(redis: RedisClient, options: RedisBudgetStoreOptions = {}): TokenBudgetStore {
  const { timeoutMs = 1_500, keyPrefix = "ai-budget" } = options;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw new RangeError(`timeoutMs must be a positive integer, got ${timeoutMs}`);
  if (!/^[\w:-]+$/.test(keyPrefix)) throw new RangeError(`budget keyPrefix must match [\\w:-]+, got "${keyPrefix}"`);
  const ttl = String(BUDGET_RETENTION_SECONDS);
  const counterKey = ({ userId, day }: BudgetKey) => `${keyPrefix}:${userId}:${day}`;

  // A timed-out reserve may still land in Redis: that over-counts, the safe direction.
  // A timed-out settle can be retried: the marker makes it count once.
  const run = async <T>(what: string, call: () => Promise<unknown>, parse: (reply: unknown) => T): Promise<T> => {
    try {
      return parse(await withTimeout(call(), timeoutMs, what));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new BudgetUnavailableError(`${what} failed: ${reason}`, { cause: error });
    }
  };

  return {
    async reserve(key, tokens, limit) {
      assertValidBudgetKey(key);
      assertTokenCount("tokens", tokens);
      assertTokenCount("limit", limit);
      const args = [String(tokens), String(limit), ttl];
      const what = `AI budget reserve for ${counterKey(key)}`;
      const [granted, used] = await run(what, () => redis.eval(RESERVE_SCRIPT, [counterKey(key)], args), parsePair);
      if (granted !== 1) return { ok: false, used, limit, requested: tokens };
      const reservation = { key: { userId: key.userId, day: key.day }, tokens, id: randomUUID() };
      return { ok: true, reservation, usedAfter: used, limit };
    },

    async settle(reservation, actualTokens) {
      assertValidReservation(reservation);
      assertTokenCount("actualTokens", actualTokens);
      const keys = [counterKey(reservation.key), `${keyPrefix}:settled:${reservation.id}`];
      const args = [String(actualTokens - reservation.tokens), ttl];
      const what = `AI budget settle of ${reservation.id}`;
      await run(what, () => redis.eval(SETTLE_SCRIPT, keys, args), parseCount);
    },

    async used(key) {
      assertValidBudgetKey(key);
      const what = `AI budget read of ${counterKey(key)}`;
      return run(what, () => redis.eval(USED_SCRIPT, [counterKey(key)], []), parseCount);
    },
  };
}
