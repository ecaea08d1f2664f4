import { randomUUID } from "node:crypto";
import { createServer, type Socket } from "node:net";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TimeoutError } from "@/lib/timeout";
import {
  BudgetUnavailableError,
  createMemoryBudgetStore,
  createRedisBudgetStore,
  type BudgetReservation,
  type ReserveResult,
  type TokenBudgetStore,
  utcDay,
} from "@/services/openai/budget";
import { createRedisClient, type RedisClient } from "@/services/redis/client";
import { createUpstashToken, findFreePort, startUpstashFront } from "../support/services";

// The shared redis-server and Upstash front from globalSetup; users are unique per run.
const run = randomUUID().slice(0, 8);
const DAY = utcDay(new Date());
const NEXT_DAY = utcDay(new Date(Date.now() + 24 * 60 * 60 * 1000));
const CALL_TOKENS = 1_000;
const LIMIT = 3 * CALL_TOKENS;
let redis: RedisClient;

const newClient = (url = inject("upstashUrl"), token = inject("upstashToken")) =>
  createRedisClient({ url, token, retry: { retries: 0 } });
const keyFor = (user: string, day = DAY) => ({ userId: `${user}-${run}`, day });

const races: { label: string; reserves: number; granted: number; room: number }[] = [];

beforeAll(() => {
  redis = newClient();
});
afterAll(() => {
  // The security report (tests/security/llm.security.test.ts) runs this file and reads its figures.
  if (process.env.AI_FIGURES_DIR) writeFileSync(path.join(process.env.AI_FIGURES_DIR, "budget.json"), JSON.stringify(races));
});

function grantsOf(results: ReserveResult[]): BudgetReservation[] {
  return results.flatMap((result) => (result.ok ? [result.reservation] : []));
}

/** 20 reserves at once, spread over several stores as if from several server instances. */
async function race(label: string, stores: TokenBudgetStore[], user: string): Promise<ReserveResult[]> {
  const attempts = Array.from({ length: 20 }, (_, i) => {
    const store = stores[i % stores.length];
    if (!store) throw new Error("race needs at least one store");
    return store.reserve(keyFor(user), CALL_TOKENS, LIMIT);
  });
  const results = await Promise.all(attempts);
  const granted = grantsOf(results).length;
  races.push({ label, reserves: results.length, granted, room: 3 });
  console.log(`budget (${label}): ${results.length} concurrent reserves, room for 3 → ${granted} granted, ${results.length - granted} refused`);
  return results;
}

describe("createRedisBudgetStore on a real redis-server via the Upstash HTTP front", () => {
  const instances = () => Array.from({ length: 5 }, () => createRedisBudgetStore(newClient()));

  it("grants exactly 3 of 20 concurrent 1,000-token reserves against a 3,000 limit", async () => {
    const results = await race("upstash → redis-server, 5 clients", instances(), "race");
    expect(grantsOf(results)).toHaveLength(3);
    const refusals = results.filter((result) => !result.ok);
    expect(refusals).toHaveLength(17);
    expect(refusals.every((result) => !result.ok && result.limit === LIMIT && result.requested === CALL_TOKENS)).toBe(true);
    expect(new Set(grantsOf(results).map((reservation) => reservation.id)).size).toBe(3);
    expect(await createRedisBudgetStore(redis).used(keyFor("race"))).toBe(3_000);
  });

  it("after settling the 3 at 600 tokens each, reads 1,800 and has room for exactly one more call", async () => {
    const store = createRedisBudgetStore(redis);
    const reservations = grantsOf(await race("upstash → redis-server, before settling", instances(), "settle"));
    expect(reservations).toHaveLength(3);
    await Promise.all(reservations.map((reservation) => store.settle(reservation, 600)));
    expect(await store.used(keyFor("settle"))).toBe(1_800);
    expect(await store.reserve(keyFor("settle"), CALL_TOKENS, LIMIT)).toMatchObject({ ok: true, usedAfter: 2_800 });
    expect(await store.reserve(keyFor("settle"), CALL_TOKENS, LIMIT)).toEqual({
      ok: false,
      used: 2_800,
      limit: LIMIT,
      requested: CALL_TOKENS,
    });
    expect(await store.used(keyFor("settle"))).toBe(2_800);
  });

  it("settles each reservation once, charges overruns, and never goes below zero", async () => {
    const store = createRedisBudgetStore(redis);
    const key = keyFor("idempotent");
    const first = await store.reserve(key, CALL_TOKENS, LIMIT);
    const second = await store.reserve(key, CALL_TOKENS, LIMIT);
    if (!first.ok || !second.ok) throw new Error("expected both reserves to be granted");
    await Promise.all([store.settle(first.reservation, 400), store.settle(first.reservation, 400)]);
    await store.settle(first.reservation, 900);
    expect(await store.used(key)).toBe(1_400);
    await store.settle(second.reservation, 1_500);
    expect(await store.used(key)).toBe(1_900);

    await store.settle({ key, tokens: 5_000, id: `elsewhere-${run}` }, 0);
    expect(await store.used(key)).toBe(0);
  });

  it("refuses without creating or touching the counter", async () => {
    const store = createRedisBudgetStore(redis);
    const key = keyFor("refused");
    expect(await store.reserve(key, 5_000, LIMIT)).toEqual({ ok: false, used: 0, limit: LIMIT, requested: 5_000 });
    expect(await redis.exists(`ai-budget:${key.userId}:${DAY}`)).toBe(0);
  });

  it("keeps two users and two days independent", async () => {
    const store = createRedisBudgetStore(redis);
    await store.reserve(keyFor("alice"), LIMIT, LIMIT);
    expect((await store.reserve(keyFor("alice"), 1, LIMIT)).ok).toBe(false);
    expect(await store.reserve(keyFor("bob"), LIMIT, LIMIT)).toMatchObject({ ok: true, usedAfter: LIMIT });
    expect(await store.reserve(keyFor("alice", NEXT_DAY), LIMIT, LIMIT)).toMatchObject({ ok: true, usedAfter: LIMIT });
    expect(await store.used(keyFor("alice"))).toBe(LIMIT);
    expect(await store.used(keyFor("carol"))).toBe(0);
  });

  it("sets counters and settled markers to expire after two days", async () => {
    const store = createRedisBudgetStore(redis);
    const result = await store.reserve(keyFor("ttl"), CALL_TOKENS, LIMIT);
    if (!result.ok) throw new Error("expected a grant");
    await store.settle(result.reservation, 10);
    for (const key of [`ai-budget:${keyFor("ttl").userId}:${DAY}`, `ai-budget:settled:${result.reservation.id}`]) {
      const ttl = await redis.ttl(key);
      expect(ttl, key).toBeGreaterThan(0);
      expect(ttl, key).toBeLessThanOrEqual(172_800);
    }
  });

  it("reports a counter that is not a number as unavailable", async () => {
    const store = createRedisBudgetStore(redis);
    const key = keyFor("corrupt");
    await redis.set(`ai-budget:${key.userId}:${DAY}`, "not a number");
    await expect(store.reserve(key, 1, LIMIT)).rejects.toThrow(BudgetUnavailableError);
    await expect(store.used(key)).rejects.toThrow(BudgetUnavailableError);
  });

  it("rejects bad inputs with a RangeError before asking Redis", async () => {
    const store = createRedisBudgetStore(redis);
    await expect(store.reserve(keyFor("bad"), -1, LIMIT)).rejects.toThrow(RangeError);
    await expect(store.reserve(keyFor("bad"), 1, 0.5)).rejects.toThrow(RangeError);
    await expect(store.reserve({ userId: "x", day: "2025-13-01" }, 1, LIMIT)).rejects.toThrow(RangeError);
    expect(() => createRedisBudgetStore(redis, { keyPrefix: "a b" })).toThrow(RangeError);
  });
});

describe("createRedisBudgetStore when Redis cannot answer", () => {
  const sockets = new Set<Socket>();
  const silent = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  beforeAll(() => new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve)));
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it("rejects with BudgetUnavailableError once the front is stopped", async () => {
    const token = createUpstashToken();
    const front = await startUpstashFront({ redisPort: inject("redisPort"), token });
    const store = createRedisBudgetStore(newClient(front.url, token), { timeoutMs: 1_000 });
    expect((await store.reserve(keyFor("down"), 1, LIMIT)).ok).toBe(true);
    await front.stop();
    await expect(store.reserve(keyFor("down"), 1, LIMIT)).rejects.toThrow(BudgetUnavailableError);
    await expect(store.settle({ key: keyFor("down"), tokens: 1, id: `down-${run}` }, 0)).rejects.toThrow(BudgetUnavailableError);
  }, 10_000);

  it("rejects with BudgetUnavailableError when nothing listens on the port", async () => {
    const store = createRedisBudgetStore(newClient(`http://127.0.0.1:${await findFreePort()}`), { timeoutMs: 1_000 });
    await expect(store.reserve(keyFor("closed"), 1, LIMIT)).rejects.toThrow(BudgetUnavailableError);
  }, 10_000);

  it("gives up after timeoutMs when the server never answers, with the TimeoutError as cause", async () => {
    const address = silent.address();
    if (address === null || typeof address === "string") throw new Error("silent server has no TCP address");
    const store = createRedisBudgetStore(newClient(`http://127.0.0.1:${address.port}`), { timeoutMs: 300 });
    const error: unknown = await store.reserve(keyFor("hang"), 1, LIMIT).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetUnavailableError);
    expect(error).toMatchObject({ cause: expect.any(TimeoutError) });
  }, 10_000);
});

describe("createMemoryBudgetStore under the same race", () => {
  it("grants exactly 3 of 20 concurrent reserves and counts 3,000", async () => {
    const store = createMemoryBudgetStore();
    const results = await race("memory", [store], "memory");
    expect(grantsOf(results)).toHaveLength(3);
    expect(results.filter((result) => !result.ok)).toHaveLength(17);
    expect(await store.used(keyFor("memory"))).toBe(3_000);
  });
});
