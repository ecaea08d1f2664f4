import { getConfiguredRedisClient, type RedisClient } from "./client";
import { createMemoryRateLimiter } from "./memory-rate-limit";
import type { RateLimiter, RateLimitFailMode, RateLimitRule } from "./rate-limit-types";
import { createUpstashRateLimiter } from "./upstash-rate-limit";

export type { RateLimiter, RateLimitFailMode, RateLimitResult, RateLimitRule } from "./rate-limit-types";
export { createMemoryRateLimiter, type MemoryRateLimiterOptions } from "./memory-rate-limit";
export { createUpstashRateLimiter, type UpstashRateLimiterOptions } from "./upstash-rate-limit";

export interface CreateRateLimiterOptions extends RateLimitRule {
  /** Decision when Upstash errors or times out; default "closed" (deny). */
  failMode?: RateLimitFailMode;
  /** Upstash wait before failMode applies; default 2000 ms. */
  timeoutMs?: number;
  /** Omit to use the configured Upstash (env); null forces the in-memory limiter. */
  redis?: RedisClient | null;
}

/** Sliding-window limiter: Upstash when configured, otherwise per-process memory. */
export function createRateLimiter({ redis, failMode = "closed", timeoutMs, ...rule }: CreateRateLimiterOptions): RateLimiter {
  const client = redis === undefined ? getConfiguredRedisClient() : redis;
  return client
    ? createUpstashRateLimiter({ ...rule, redis: client, failMode, timeoutMs })
    : createMemoryRateLimiter(rule);
}
