import type { ImportError } from "@/features/questions/lib/import-result";

/** One character of a question and its line; `literal` when it was escaped, so it never acts as GIFT syntax. */
export type GiftChar = { char: string; line: number; literal: boolean };

/** One question's text (comments removed, escapes decoded) and the `// @learnforge` line before it. */
export type GiftBlock = { line: number; chars: GiftChar[]; metadata: { line: number; json: string } | null };

const METADATA_LINE = /^\/\/\s*@learnforge\b/;
const ESCAPABLE = new Set(["~", "=", "#", "{", "}", ":", "\\"]);

/** Splits a GIFT file into questions: blank lines separate them, `//` lines and `$CATEGORY:` lines are skipped. */
export function splitGiftBlocks(text: string): { blocks: GiftBlock[]; errors: ImportError[] } {
  const blocks: GiftBlock[] = [];
  const errors: ImportError[] = [];
  let current: GiftBlock | null = null;
  let pending: GiftBlock["metadata"] = null;
  const dropPending = () => {
    if (pending) errors.push({ line: pending.line, message: "A // @learnforge line must come immediately before its question" });
    pending = null;
  };

  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      const trimmed = raw.trim();
      if (trimmed === "") {
        current = null;
        dropPending();
      } else if (trimmed.startsWith("//")) {
        if (!METADATA_LINE.test(trimmed)) return;
        if (current) errors.push({ line, message: "A // @learnforge line must come before its question, not inside it" });
        else if (pending) errors.push({ line, message: "A question can have only one // @learnforge line" });
        else pending = { line, json: trimmed.replace(METADATA_LINE, "").trim() };
      } else if (!current && /^\$CATEGORY:/i.test(trimmed)) {
        // Moodle's question-bank category: LearnForge files questions by topic instead.
        dropPending();
      } else {
        if (!current) {
          current = { line, chars: [], metadata: pending };
          pending = null;
          blocks.push(current);
        } else {
          current.chars.push({ char: "\n", line: current.chars.at(-1)?.line ?? line, literal: false });
        }
        decodeLine(raw, line, current.chars);
      }
    });
  dropPending();
  return { blocks, errors };
}

/** Decodes `\~ \= \# \{ \} \: \\` and `\n`; any other backslash is kept as typed, as Moodle does. */
function decodeLine(text: string, line: number, into: GiftChar[]) {
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    const next = text.charAt(index + 1);
    if (char === "\\" && (next === "n" || ESCAPABLE.has(next))) {
      into.push({ char: next === "n" ? "\n" : next, line, literal: true });
      index++;
    } else {
      into.push({ char, line, literal: false });
    }
  }
}

/** Where `token` next appears as syntax (none of its characters escaped), or -1. */
export function findSyntax(chars: readonly GiftChar[], token: string, from = 0): number {
  for (let start = from; start + token.length <= chars.length; start++) {
    let matches = true;
    for (let offset = 0; offset < token.length && matches; offset++) {
      const candidate = chars[start + offset];
      matches = candidate !== undefined && !candidate.literal && candidate.char === token.charAt(offset);
    }
    if (matches) return start;
  }
  return -1;
}

export function textOf(chars: readonly GiftChar[]): string {
  return chars.map((entry) => entry.char).join("");
}

/** The characters without surrounding whitespace (an escaped `\n` counts as whitespace too). */
export function trimChars(chars: readonly GiftChar[]): GiftChar[] {
  let start = 0;
  let end = chars.length;
  while (start < end && /\s/.test(chars[start]?.char ?? "")) start++;
  while (end > start && /\s/.test(chars[end - 1]?.char ?? "")) end--;
  return chars.slice(start, end);
}

/** The line of the first non-blank character, for pointing at a piece of a question. */
export function lineOf(chars: readonly GiftChar[], fallback: number): number {
  return trimChars(chars)[0]?.line ?? chars[0]?.line ?? fallback;
}
