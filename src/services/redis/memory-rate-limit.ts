import { assertValidRule, type RateLimiter, type RateLimitRule } from "./rate-limit-types";

interface Counter {
  window: number;
  current: number;
  previous: number;
}

export interface MemoryRateLimiterOptions extends RateLimitRule {
  /** Identifiers tracked at most; the least recently seen are forgotten beyond it. */
  maxIdentifiers?: number;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
}

/**
 * Per-process sliding window with the same approximation Upstash's
 * `slidingWindow` uses: the previous fixed window's count, weighted by how much
 * of it still overlaps the sliding window, plus the current window's count.
 * Each server instance counts on its own — use Upstash when there are several.
 */
export function createMemoryRateLimiter(options: MemoryRateLimiterOptions): RateLimiter {
  assertValidRule(options);
  const { prefix, limit, windowSeconds, maxIdentifiers = 10_000, now = Date.now } = options;
  const windowMs = windowSeconds * 1000;
  const counters = new Map<string, Counter>();

  const currentCounter = (key: string, window: number): Counter => {
    const known = counters.get(key);
    counters.delete(key);
    if (known?.window === window) return known;
    return { window, current: 0, previous: known?.window === window - 1 ? known.current : 0 };
  };

  return {
    async limit(identifier) {
      const timestamp = now();
      const window = Math.floor(timestamp / windowMs);
      const key = `${prefix}:${identifier}`;
      const counter = currentCounter(key, window);
      const overlap = 1 - (timestamp - window * windowMs) / windowMs;
      const used = Math.floor(counter.previous * overlap) + counter.current;
      const success = used < limit;
      if (success) counter.current += 1;
      counters.set(key, counter);
      if (counters.size > maxIdentifiers) {
        const oldest = counters.keys().next();
        if (!oldest.done) counters.delete(oldest.value);
      }
      return { success, limit, remaining: success ? limit - used - 1 : 0, reset: (window + 1) * windowMs };
    },
  };
}
