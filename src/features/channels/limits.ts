import { AppError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit";
import { createRateLimiter, type RateLimiter } from "@/services/redis/rate-limit";

/**
 * Posting (messages and replies): 10 per 30 s per person. A lively conversation stays under it;
 * a stuck key, a pasted loop or a script does not. It fails OPEN: a message is cheap, bounded
 * (4,000 characters) and written only by members of the class, so if Upstash is briefly out of
 * reach a class's conversation carries on rather than stopping for everyone (failing closed
 * suits the costly AI routes, not chat).
 */
export const POSTING_RULE = { prefix: "channel-post", limit: 10, windowSeconds: 30 } as const;

let postingLimiter: RateLimiter | undefined;
const defaultLimiter = () => (postingLimiter ??= createRateLimiter({ ...POSTING_RULE, failMode: "open" }));

/** Throws RATE_LIMITED with a message a person understands when they post too fast. */
export async function enforcePostingLimit(identity: string, limiter: RateLimiter = defaultLimiter(), now = Date.now()): Promise<void> {
  try {
    await enforceRateLimit(limiter, identity, now);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "RATE_LIMITED") throw error;
    const seconds = Number(error.details?.retryAfterSeconds ?? POSTING_RULE.windowSeconds);
    throw new AppError(
      "RATE_LIMITED",
      `You are sending messages too fast (at most ${POSTING_RULE.limit} every ${POSTING_RULE.windowSeconds} seconds). Try again in ${seconds} s.`,
      error.details,
    );
  }
}
