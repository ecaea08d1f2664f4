import { describe, expect, it } from "vitest";
import { createMemoryRateLimiter } from "./memory-rate-limit";
import { createRateLimiter } from "./rate-limit";

const WINDOW_START = 1_700_000_000_000; // a multiple of 10 s, so windows align with it

function createClock(start = WINDOW_START) {
  let time = start;
  return { now: () => time, set: (ms: number) => (time = ms) };
}

async function countAllowed(limiter: { limit(id: string): Promise<{ success: boolean }> }, id: string, attempts: number) {
  let allowed = 0;
  for (let i = 0; i < attempts; i += 1) if ((await limiter.limit(id)).success) allowed += 1;
  return allowed;
}

describe("createMemoryRateLimiter", () => {
  it("allows `limit` requests in a window, counting remaining down, then denies", async () => {
    const clock = createClock();
    const limiter = createMemoryRateLimiter({ prefix: "t", limit: 3, windowSeconds: 10, now: clock.now });
    const results = [await limiter.limit("u1"), await limiter.limit("u1"), await limiter.limit("u1"), await limiter.limit("u1")];
    expect(results.map((r) => [r.success, r.remaining])).toEqual([[true, 2], [true, 1], [true, 0], [false, 0]]);
    expect(results[0]).toMatchObject({ limit: 3, reset: WINDOW_START + 10_000 });
  });

  it("counts each identifier separately", async () => {
    const limiter = createMemoryRateLimiter({ prefix: "t", limit: 2, windowSeconds: 10, now: createClock().now });
    expect(await countAllowed(limiter, "u1", 5)).toBe(2);
    expect(await countAllowed(limiter, "u2", 5)).toBe(2);
  });

  it("slides: the previous window's count fades out over the next window", async () => {
    const clock = createClock();
    const limiter = createMemoryRateLimiter({ prefix: "t", limit: 10, windowSeconds: 10, now: clock.now });
    expect(await countAllowed(limiter, "u1", 10)).toBe(10);
    clock.set(WINDOW_START + 10_000); // next window, previous still weighs fully
    expect(await countAllowed(limiter, "u1", 10)).toBe(0);
    clock.set(WINDOW_START + 15_000); // half of the previous window still overlaps
    expect(await countAllowed(limiter, "u1", 10)).toBe(5);
    clock.set(WINDOW_START + 40_000); // long idle: everything forgotten
    expect(await countAllowed(limiter, "u1", 20)).toBe(10);
  });

  it("forgets the least recently seen identifier beyond maxIdentifiers", async () => {
    const limiter = createMemoryRateLimiter({ prefix: "t", limit: 1, windowSeconds: 60, maxIdentifiers: 2, now: createClock().now });
    await limiter.limit("a");
    await limiter.limit("b");
    await limiter.limit("c");
    expect((await limiter.limit("a")).success).toBe(true);
    expect((await limiter.limit("c")).success).toBe(false);
  });

  it("rejects a rule with a zero limit, a fractional window or an unsafe prefix", () => {
    expect(() => createMemoryRateLimiter({ prefix: "t", limit: 0, windowSeconds: 10 })).toThrow(RangeError);
    expect(() => createMemoryRateLimiter({ prefix: "t", limit: 1, windowSeconds: 0.5 })).toThrow(RangeError);
    expect(() => createMemoryRateLimiter({ prefix: "a b", limit: 1, windowSeconds: 1 })).toThrow(RangeError);
  });
});

describe("createRateLimiter without Upstash", () => {
  it("uses the in-memory limiter with the same result shape", async () => {
    const limiter = createRateLimiter({ prefix: "t", limit: 1, windowSeconds: 60, redis: null });
    const first = await limiter.limit("u1");
    const second = await limiter.limit("u1");
    expect(first).toMatchObject({ success: true, limit: 1, remaining: 0 });
    expect(second).toMatchObject({ success: false, limit: 1, remaining: 0 });
    expect(second.reason).toBeUndefined();
    expect(second.reset).toBeGreaterThan(Date.now());
  });
});
