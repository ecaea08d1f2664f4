import { describe, expect, it } from "vitest";
import { createMemoryRateLimiter } from "@/services/redis/memory-rate-limit";
import type { RateLimiter } from "@/services/redis/rate-limit";
import { clientIpFrom, enforceRateLimit, rateLimitIdentity } from "./rate-limit";

describe("rateLimitIdentity", () => {
  it("limits signed-in callers by user id", () => {
    expect(rateLimitIdentity({ id: "u1" }, new Headers({ "x-forwarded-for": "1.2.3.4" }))).toBe("user:u1");
  });
  it("limits anonymous callers by the first forwarded address", () => {
    expect(rateLimitIdentity(null, new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("ip:203.0.113.7");
    expect(clientIpFrom(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientIpFrom(new Headers())).toBe("unknown");
  });
});

describe("enforceRateLimit", () => {
  it("allows up to the limit, then throws RATE_LIMITED with a retry time", async () => {
    const limiter = createMemoryRateLimiter({ prefix: "test", limit: 2, windowSeconds: 60 });
    await enforceRateLimit(limiter, "ip:1");
    await enforceRateLimit(limiter, "ip:1");
    await expect(enforceRateLimit(limiter, "ip:1")).rejects.toMatchObject({ code: "RATE_LIMITED", status: 429 });
    await expect(enforceRateLimit(limiter, "ip:2")).resolves.toBeUndefined();
  });

  it("turns an unavailable store that fails closed into a 503", async () => {
    const down: RateLimiter = { limit: async () => ({ success: false, limit: 1, remaining: 0, reset: 0, reason: "unavailable" }) };
    await expect(enforceRateLimit(down, "ip:1")).rejects.toMatchObject({ code: "UNAVAILABLE", status: 503 });
  });
});
