import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

// A development session is `base64url(payload).base64url(HMAC-SHA256(payload))`.
const payloadSchema = z.object({ v: z.literal(1), uid: z.uuid(), iat: z.number().int(), exp: z.number().int() });
export type DevSessionPayload = z.infer<typeof payloadSchema>;

function sign(data: string, secret: string): string {
  return createHmac("sha256", secret).update(data).digest("base64url");
}

export function createDevSessionToken(userId: string, secret: string, maxAgeSeconds: number, now = Date.now()): string {
  const iat = Math.floor(now / 1000);
  const payload: DevSessionPayload = { v: 1, uid: userId, iat, exp: iat + maxAgeSeconds };
  const data = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${data}.${sign(data, secret)}`;
}

/** Returns the user id of a valid, unexpired token; null for anything else. */
export function verifyDevSessionToken(token: string | undefined, secret: string, now = Date.now()): string | null {
  if (!token || token.length > 1024) return null;
  const [data, signature, extra] = token.split(".");
  if (!data || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(data, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(data, "base64url").toString("utf8"));
  } catch {
    return null; // signed but unparsable: cannot happen with our own tokens; treat as signed out
  }
  const parsed = payloadSchema.safeParse(decoded);
  if (!parsed.success || parsed.data.exp * 1000 <= now) return null;
  return parsed.data.uid;
}
