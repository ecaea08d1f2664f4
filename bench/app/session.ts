import { createDevSessionToken } from "../../src/services/auth/dev-session-token";

/** DEV_SESSION_COOKIE of src/services/auth/config.ts (not imported: that module validates the whole env on import). */
export const SESSION_COOKIE = "lf_session";

/** `lf_session=<token>` for each user: the development sign-in's signed cookie, minted with the server's secret. */
export function mintSessionCookies(userIds: readonly string[], secret: string, maxAgeSeconds = 6 * 60 * 60): Map<string, string> {
  return new Map(userIds.map((id) => [id, `${SESSION_COOKIE}=${createDevSessionToken(id, secret, maxAgeSeconds)}`]));
}
