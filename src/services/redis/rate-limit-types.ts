/**
 * What to do when the rate-limit store cannot answer (Upstash down or slow):
 * "closed" denies (protects costly routes such as AI calls), "open" allows
 * (keeps cheap reads working). Either way the result says `reason: "unavailable"`.
 */
export type RateLimitFailMode = "open" | "closed";

export interface RateLimitResult {
  success: boolean;
  limit: number;
  remaining: number;
  /** Epoch milliseconds when the current window ends. */
  reset: number;
  /** Set only when the store could not decide and `failMode` did. */
  reason?: "unavailable";
}

export interface RateLimiter {
  limit(identifier: string): Promise<RateLimitResult>;
}

export interface RateLimitRule {
  /** Namespaces the counters, e.g. "ai-tutor". */
  prefix: string;
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

export function assertValidRule({ prefix, limit, windowSeconds }: RateLimitRule): void {
  if (!/^[\w:-]+$/.test(prefix)) throw new RangeError(`rate limit prefix must match [\\w:-]+, got "${prefix}"`);
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`rate limit must be a positive integer, got ${limit}`);
  if (!Number.isInteger(windowSeconds) || windowSeconds < 1) {
    throw new RangeError(`windowSeconds must be a positive integer, got ${windowSeconds}`);
  }
}
