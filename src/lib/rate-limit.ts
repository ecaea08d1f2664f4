import type { RateLimiter } from "@/services/redis/rate-limit";
import { AppError } from "./errors";

/** The client's address as the platform reports it (Vercel and proxies set x-forwarded-for). */
export function clientIpFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}

/** Signed-in callers are limited per user; anonymous ones per IP address. */
export function rateLimitIdentity(user: { id: string } | null, headers: Headers): string {
  return user ? `user:${user.id}` : `ip:${clientIpFrom(headers)}`;
}

/** Throws RATE_LIMITED (429) when the caller is over the limit, UNAVAILABLE (503) when the store cannot decide and fails closed. */
export async function enforceRateLimit(limiter: RateLimiter, identity: string, now = Date.now()): Promise<void> {
  const result = await limiter.limit(identity);
  if (result.success) return;
  if (result.reason === "unavailable") {
    throw new AppError("UNAVAILABLE", "This action is briefly unavailable. Please try again in a minute.");
  }
  const retryAfterSeconds = Math.max(1, Math.ceil((result.reset - now) / 1000));
  throw new AppError("RATE_LIMITED", `Too many attempts. Try again in ${retryAfterSeconds} s.`, { retryAfterSeconds });
}
