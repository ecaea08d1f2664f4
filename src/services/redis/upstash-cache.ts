import { logger } from "@/lib/logger";
import { assertValidTtl, type KeyValueCache } from "./cache-types";
import type { RedisClient } from "./client";

// Values are stored as {"v": value}: @upstash/redis JSON-parses what it reads, which
// would turn a cached string "123" into the number 123; the envelope keeps types exact.
interface Envelope {
  v: unknown;
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === "object" && value !== null && "v" in value;
}

/**
 * Cache on Upstash Redis. A failed read or write is logged and treated as a miss,
 * so a Redis outage slows pages down instead of breaking them; a failed delete
 * throws, because a stale entry that should be gone is a correctness problem.
 */
export function createUpstashCache(redis: RedisClient): KeyValueCache {
  return {
    async get<T>(key: string): Promise<T | null> {
      try {
        const raw = await redis.get<unknown>(key);
        const envelope: unknown = typeof raw === "string" ? JSON.parse(raw) : raw;
        return isEnvelope(envelope) ? ((envelope.v ?? null) as T | null) : null;
      } catch (err) {
        logger.warn({ err, key }, "cache read failed; treating as a miss");
        return null;
      }
    },
    async set<T>(key: string, value: T, options: { ttlSeconds?: number } = {}): Promise<void> {
      assertValidTtl(options.ttlSeconds);
      const json = JSON.stringify({ v: value });
      try {
        if (options.ttlSeconds === undefined) await redis.set(key, json);
        else await redis.set(key, json, { ex: options.ttlSeconds });
      } catch (err) {
        logger.warn({ err, key }, "cache write failed; value not cached");
      }
    },
    async del(key: string): Promise<void> {
      await redis.del(key);
    },
    async ping() {
      const started = performance.now();
      try {
        const reply = await redis.ping();
        return { ok: reply === "PONG", latencyMs: performance.now() - started, backend: "upstash" };
      } catch (err) {
        logger.warn({ err }, "cache ping failed");
        return { ok: false, latencyMs: performance.now() - started, backend: "upstash" };
      }
    },
  };
}
