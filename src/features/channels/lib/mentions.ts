/**
 * Mentions are written `@[Full Name]` (the composer inserts them). The server resolves them only
 * against the class's members, by case-insensitive exact name; the renderer highlights them.
 */
const MENTION = /@\[([^[\]\n]{1,80})\]/g;

export type MentionSegment = { kind: "text"; text: string } | { kind: "mention"; name: string };
export type Mentionable = { id: string; name: string };

const fold = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

export function mentionToken(name: string): string {
  return `@[${name.replace(/[[\]\n]/g, " ").trim()}]`;
}

/** The names mentioned in a body, each once (first spelling kept), in order of appearance. */
export function parseMentionNames(body: string): string[] {
  const seen = new Map<string, string>();
  for (const match of body.matchAll(MENTION)) {
    const name = match[1]!.trim();
    if (name && !seen.has(fold(name))) seen.set(fold(name), name);
  }
  return [...seen.values()];
}

/** Text split into plain runs and mentions, for highlighting. */
export function splitMentions(text: string): MentionSegment[] {
  const segments: MentionSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    const name = match[1]!.trim();
    if (!name) continue;
    if (match.index > last) segments.push({ kind: "text", text: text.slice(last, match.index) });
    segments.push({ kind: "mention", name });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: "text", text: text.slice(last) });
  return segments;
}

/** The ids of the members a body mentions, each once, never the author. */
export function resolveMentions(body: string, members: readonly Mentionable[], authorId: string): string[] {
  const wanted = new Set(parseMentionNames(body).map(fold));
  if (wanted.size === 0) return [];
  const ids = members.filter((member) => member.id !== authorId && wanted.has(fold(member.name))).map((member) => member.id);
  return [...new Set(ids)];
}
