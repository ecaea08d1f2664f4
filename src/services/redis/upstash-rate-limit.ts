import { Ratelimit } from "@upstash/ratelimit";
import { logger } from "@/lib/logger";
import type { RedisClient } from "./client";
import {
  assertValidRule,
  type RateLimiter,
  type RateLimitFailMode,
  type RateLimitResult,
  type RateLimitRule,
} from "./rate-limit-types";

export interface UpstashRateLimiterOptions extends RateLimitRule {
  redis: RedisClient;
  failMode: RateLimitFailMode;
  /** Beyond this the SDK stops waiting; we then apply failMode (the SDK alone would allow). */
  timeoutMs?: number;
}

export function createUpstashRateLimiter(options: UpstashRateLimiterOptions): RateLimiter {
  assertValidRule(options);
  const { redis, prefix, limit, windowSeconds, failMode, timeoutMs = 2_000 } = options;
  const ratelimit = new Ratelimit({
    redis,
    limiter: Ratelimit.slidingWindow(limit, `${windowSeconds} s`),
    prefix: `learnforge:ratelimit:${prefix}`,
    timeout: timeoutMs,
    analytics: false,
  });

  const unavailable = (): RateLimitResult => ({
    success: failMode === "open",
    limit,
    remaining: failMode === "open" ? limit : 0,
    reset: Date.now() + windowSeconds * 1000,
    reason: "unavailable",
  });

  return {
    async limit(identifier) {
      try {
        const result = await ratelimit.limit(identifier);
        if (result.reason === "timeout") {
          logger.warn({ prefix, failMode, timeoutMs }, "rate limiter timed out; applying failMode");
          return unavailable();
        }
        return { success: result.success, limit: result.limit, remaining: result.remaining, reset: result.reset };
      } catch (err) {
        logger.warn({ err, prefix, failMode }, "rate limiter unavailable; applying failMode");
        return unavailable();
      }
    },
  };
}
