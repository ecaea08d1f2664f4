import "server-only";
import { cookies } from "next/headers";
import { env } from "@/data/env/server";

/** The cookie that moves the app's clock, honoured only with TEST_CLOCK_ENABLED (e2e tests). */
export const TEST_CLOCK_COOKIE = "lf-test-clock";
const MAX_SHIFT_MS = 400 * 86_400_000;

/**
 * "Now" for learning schedules (due reviews, today's queue, streaks). End-to-end tests move it
 * forward with a cookie holding an offset in milliseconds, so "tomorrow's review" can be seen
 * without waiting a day; everywhere else it is the server's clock.
 */
export async function requestNow(): Promise<Date> {
  if (!env.TEST_CLOCK_ENABLED) return new Date();
  const offset = Number((await cookies()).get(TEST_CLOCK_COOKIE)?.value ?? 0);
  const shift = Number.isFinite(offset) ? Math.max(-MAX_SHIFT_MS, Math.min(MAX_SHIFT_MS, offset)) : 0;
  return new Date(Date.now() + shift);
}
