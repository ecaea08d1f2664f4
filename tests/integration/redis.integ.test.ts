import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUpstashCache } from "@/services/redis/cache";
import { createRedisClient, type RedisClient } from "@/services/redis/client";
import { createRateLimiter } from "@/services/redis/rate-limit";
import { createUpstashToken, startRedis, startUpstashFront, type RedisHandle, type UpstashFrontHandle } from "../support/services";

// A private redis-server + Upstash front (not the shared globalSetup ones): one test stops its front.
let redisServer: RedisHandle;
let front: UpstashFrontHandle;
let redis: RedisClient;
const token = createUpstashToken();
const run = randomUUID().slice(0, 8);

beforeAll(async () => {
  redisServer = await startRedis();
  front = await startUpstashFront({ redisPort: redisServer.port, token });
  redis = createRedisClient({ url: front.url, token, retry: { retries: 0 } });
});

afterAll(async () => {
  await front?.stop();
  await redisServer?.stop();
});

describe("@upstash/redis through the HTTP front on a real redis-server", () => {
  it("sets, reads, increments, expires and deletes keys", async () => {
    await redis.set(`${run}:greeting`, "grüß dich 🦊");
    expect(await redis.get(`${run}:greeting`)).toBe("grüß dich 🦊");
    expect(await redis.incr(`${run}:count`)).toBe(1);
    expect(await redis.incrby(`${run}:count`, 41)).toBe(42);
    expect(await redis.expire(`${run}:count`, 100)).toBe(1);
    const ttl = await redis.ttl(`${run}:count`);
    expect(ttl).toBeGreaterThan(90);
    expect(ttl).toBeLessThanOrEqual(100);
    expect(await redis.del(`${run}:greeting`, `${run}:count`)).toBe(2);
    expect(await redis.get(`${run}:greeting`)).toBeNull();
  });

  it("returns hashes as objects and runs pipelines and transactions in order", async () => {
    await redis.hset(`${run}:hash`, { title: "SQL basics", lessons: 12 });
    expect(await redis.hgetall(`${run}:hash`)).toEqual({ title: "SQL basics", lessons: 12 });
    const pipeline = redis.pipeline();
    pipeline.set(`${run}:p`, "one").get(`${run}:p`).incr(`${run}:p-count`).lrange(`${run}:missing`, 0, -1);
    expect(await pipeline.exec()).toEqual(["OK", "one", 1, []]);
    const transaction = redis.multi();
    transaction.incr(`${run}:tx`).incr(`${run}:tx`).get(`${run}:tx`);
    expect(await transaction.exec()).toEqual([1, 2, 2]);
  });

  it("reports a Redis error for a command that fails", async () => {
    await redis.set(`${run}:text`, "not a number");
    await expect(redis.incr(`${run}:text`)).rejects.toThrow(/not an integer/);
  });

  it("accepts ratelimit-style scripts and keeps the client's own SHA valid for EVALSHA", async () => {
    const script = `#!lua flags=allow-key-locking\nreturn redis.call('INCRBY', KEYS[1], 7)`;
    const clientSha = createHash("sha1").update(script).digest("hex");
    const key = [`${run}:script`];
    await expect(redis.evalsha(clientSha, key, [])).rejects.toThrow(/NOSCRIPT/);
    expect(await redis.eval(script, key, [])).toBe(7);
    expect(await redis.evalsha(clientSha, key, [])).toBe(14);
    expect(await redis.scriptLoad(script)).toBe(clientSha);
  });

  it("rejects a wrong token with 401", async () => {
    const intruder = createRedisClient({ url: front.url, token: "wrong", retry: { retries: 0 } });
    await expect(intruder.get(`${run}:any`)).rejects.toThrow(/Unauthorized/);
    const response = await fetch(front.url, { method: "POST", body: '["PING"]', headers: { authorization: "Bearer nope" } });
    expect(response.status).toBe(401);
  });
});

describe("createUpstashCache", () => {
  it("round-trips values with their types and honours ttl and delete", async () => {
    const cache = createUpstashCache(redis);
    await cache.set(`${run}:course`, { id: "c1", tags: ["sql"] }, { ttlSeconds: 30 });
    await cache.set(`${run}:code`, "123");
    expect(await cache.get(`${run}:course`)).toEqual({ id: "c1", tags: ["sql"] });
    expect(await cache.get(`${run}:code`)).toBe("123");
    expect(await redis.ttl(`${run}:course`)).toBeGreaterThan(25);
    expect(await redis.ttl(`${run}:code`)).toBe(-1);
    await cache.del(`${run}:course`);
    expect(await cache.get(`${run}:course`)).toBeNull();
    expect(await cache.ping()).toMatchObject({ ok: true, backend: "upstash" });
  });
});

describe("createRateLimiter on Upstash", () => {
  it("allows the limit, then denies, counting each identifier separately", async () => {
    const limiter = createRateLimiter({ prefix: `it-${run}`, limit: 3, windowSeconds: 60, redis });
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await limiter.limit("user-1"));
    expect(results.map((r) => r.success)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    expect(results[3]?.reset).toBeGreaterThan(Date.now());
    expect(results.every((r) => r.limit === 3 && r.reason === undefined)).toBe(true);
    expect((await limiter.limit("user-2")).success).toBe(true);
  });
});

describe("when the Upstash front is down", () => {
  it("fails closed or open as configured, says why, and degrades the cache to misses", async () => {
    const ownToken = createUpstashToken();
    const doomed = await startUpstashFront({ redisPort: redisServer.port, token: ownToken });
    const client = createRedisClient({ url: doomed.url, token: ownToken, retry: { retries: 0 } });
    const closed = createRateLimiter({ prefix: `down-${run}`, limit: 5, windowSeconds: 60, redis: client });
    const open = createRateLimiter({ prefix: `down-${run}`, limit: 5, windowSeconds: 60, redis: client, failMode: "open" });
    const cache = createUpstashCache(client);
    await cache.set(`${run}:down`, "cached");
    expect((await closed.limit("user-1")).success).toBe(true);

    await doomed.stop();
    expect(await closed.limit("user-2")).toMatchObject({ success: false, remaining: 0, reason: "unavailable" });
    expect(await open.limit("user-2")).toMatchObject({ success: true, reason: "unavailable" });
    expect(await cache.get(`${run}:down`)).toBeNull();
    expect(await cache.ping()).toMatchObject({ ok: false, backend: "upstash" });
  });
});
