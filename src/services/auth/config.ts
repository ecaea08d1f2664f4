import { env } from "@/data/env/server";

/** Clerk runs only when both keys are set; otherwise the development sign-in does. */
export function isClerkEnabled(): boolean {
  return Boolean(env.CLERK_SECRET_KEY && env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY);
}

export const DEV_SESSION_COOKIE = "lf_session";
export const DEV_SESSION_MAX_AGE_SECONDS = 60 * 60 * 24 * 30;
