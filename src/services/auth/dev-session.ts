import "server-only";
import { cookies, headers } from "next/headers";
import { DEV_SESSION_COOKIE, DEV_SESSION_MAX_AGE_SECONDS } from "./config";
import { getDevAuthSecret } from "./dev-secret";
import { createDevSessionToken } from "./dev-session-token";

/** Sets the signed, httpOnly development session cookie for a user. */
export async function startDevSession(userId: string): Promise<void> {
  const token = createDevSessionToken(userId, getDevAuthSecret(), DEV_SESSION_MAX_AGE_SECONDS);
  const secure = (await headers()).get("x-forwarded-proto") === "https";
  (await cookies()).set(DEV_SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: DEV_SESSION_MAX_AGE_SECONDS,
  });
}

export async function endDevSession(): Promise<void> {
  (await cookies()).delete(DEV_SESSION_COOKIE);
}
