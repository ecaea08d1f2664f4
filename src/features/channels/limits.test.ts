import { describe, expect, it } from "vitest";
import { createMemoryRateLimiter } from "@/services/redis/rate-limit";
import { enforcePostingLimit, POSTING_RULE } from "./limits";

describe("the posting limit", () => {
  it("allows ten messages in thirty seconds and then says clearly to slow down", async () => {
    let clock = 1_000_000;
    const limiter = createMemoryRateLimiter({ ...POSTING_RULE, now: () => clock });
    for (let i = 0; i < 10; i++) await enforcePostingLimit("user:a", limiter, clock);
    await expect(enforcePostingLimit("user:a", limiter, clock)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/^You are sending messages too fast \(at most 10 every 30 seconds\)\. Try again in \d+ s\.$/),
    });
    // Someone else is not held back.
    await enforcePostingLimit("user:b", limiter, clock);
    clock += 61_000;
    await enforcePostingLimit("user:a", limiter, clock);
  });
});
