import { z } from "zod";

// Keyset pagination over users ordered by (name, id): the cursor is the last row's key, opaque
// in the URL. Names are compared exactly as stored, so no row is skipped or shown twice.

const cursorSchema = z.object({ n: z.string().max(500), i: z.uuid() });

export type UserCursor = { name: string; id: string };

export function encodeUserCursor(cursor: UserCursor): string {
  return Buffer.from(JSON.stringify({ n: cursor.name, i: cursor.id })).toString("base64url");
}

/** The cursor in a URL, or null for a missing, tampered or malformed one (which shows the first page). */
export function decodeUserCursor(value: string | undefined | null): UserCursor | null {
  if (!value || value.length > 1_000) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? { name: parsed.data.n, id: parsed.data.i } : null;
  } catch {
    return null; // not JSON: a hand-edited URL, treated as no cursor
  }
}

/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards in it matched literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
