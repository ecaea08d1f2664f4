/**
 * Search-result snippets rendered as text segments, never as HTML: Postgres marks matches with
 * control characters (ts_headline's StartSel=\u0002, StopSel=\u0003) that no lesson contains.
 */
export type HighlightSegment = { text: string; hit: boolean };

/**
 * Splits a ts_headline string at its markers. A stray stop marker is dropped, a repeated start
 * marker is ignored, and an unclosed start highlights to the end, as the marker asked.
 */
export function splitHighlights(headline: string, start = "\u0002", stop = "\u0003"): HighlightSegment[] {
  if (start === "" || stop === "" || start === stop) throw new RangeError("start and stop markers must be different and not empty");
  const segments: HighlightSegment[] = [];
  const push = (text: string, hit: boolean) => {
    if (text === "") return;
    const last = segments.at(-1);
    if (last?.hit === hit) last.text += text;
    else segments.push({ text, hit });
  };
  let hit = false;
  let rest = headline;
  while (rest !== "") {
    const marker = hit ? stop : start;
    const other = hit ? start : stop;
    const at = rest.indexOf(marker);
    const otherAt = rest.indexOf(other);
    // A marker of the other kind before the one we wait for is noise: drop it.
    if (otherAt !== -1 && (at === -1 || otherAt < at)) {
      push(rest.slice(0, otherAt), hit);
      rest = rest.slice(otherAt + other.length);
      continue;
    }
    if (at === -1) {
      push(rest, hit);
      break;
    }
    push(rest.slice(0, at), hit);
    rest = rest.slice(at + marker.length);
    hit = !hit;
  }
  return segments;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A window of at most maxChars around the first occurrence of any term (a whole-word match if
 * there is one), cut at word boundaries with "…" where text was left out. Without a match, the
 * start of the text.
 */
export function excerptAround(text: string, terms: string[], maxChars = 240): string {
  if (!Number.isInteger(maxChars) || maxChars < 3) throw new RangeError(`maxChars must be a whole number of at least 3, not ${maxChars}`);
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= maxChars) return flat;
  const match = firstMatch(flat, terms) ?? { index: 0, length: 0 };
  const budget = maxChars - 2; // room for an ellipsis at each end
  let from = Math.min(Math.max(0, match.index - Math.floor((budget - match.length) / 2)), flat.length - budget);
  let to = Math.min(flat.length, from + budget);
  if (from > 0 && WORD_CHAR.test(flat.charAt(from - 1)) && WORD_CHAR.test(flat.charAt(from))) {
    const space = flat.indexOf(" ", from);
    if (space !== -1 && space < match.index) from = space + 1;
  }
  if (to < flat.length && WORD_CHAR.test(flat.charAt(to - 1)) && WORD_CHAR.test(flat.charAt(to))) {
    const space = flat.lastIndexOf(" ", to);
    if (space > from && space >= match.index + match.length) to = space;
  }
  const body = flat.slice(from, to).trim();
  return `${from > 0 ? "…" : ""}${body}${to < flat.length ? "…" : ""}`;
}

function firstMatch(text: string, terms: string[]): { index: number; length: number } | null {
  // Longest first, so "normal curve" wins over "normal" where both start.
  const patterns = terms
    .map((term) => term.trim())
    .filter((term) => term !== "")
    .sort((a, b) => b.length - a.length)
    .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (patterns.length === 0) return null;
  const alternatives = patterns.join("|");
  const found = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "iu").exec(text) ?? new RegExp(alternatives, "iu").exec(text);
  return found ? { index: found.index, length: found[0].length } : null;
}
