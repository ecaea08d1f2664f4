import { timingSafeEqual } from "node:crypto";

/** True when an Authorization header carries exactly `Bearer <secret>` (compared in constant time). */
export function bearerMatches(header: string | null, secret: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, "") ?? "");
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
