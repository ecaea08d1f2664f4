import { createHash } from "node:crypto";
import { splitLessonPassages } from "@/features/practice/lib/passages";
import { collapseWhitespace, markdownToPlainText } from "./markdown-text";

/**
 * Search chunks: a lesson split at the same ## / ### headings the lesson page anchors, turned into
 * plain text, with long sections cut at paragraph, then sentence, then word boundaries so each
 * chunk is small enough to embed and to show as a result.
 */
export type LessonChunk = { position: number; heading: string; anchor: string; text: string };
export type ChunkOptions = { maxChars?: number; minChars?: number };

export function chunkLesson(lesson: { title: string; markdown: string }, options: ChunkOptions = {}): LessonChunk[] {
  const maxChars = options.maxChars ?? 1200;
  const minChars = options.minChars ?? 200;
  if (!Number.isInteger(maxChars) || maxChars < 1) throw new RangeError(`maxChars must be a positive integer, not ${maxChars}`);
  if (!Number.isFinite(minChars) || minChars < 0) throw new RangeError(`minChars must be zero or more, not ${minChars}`);
  const chunks: LessonChunk[] = [];
  for (const passage of splitLessonPassages(lesson.markdown, lesson.title)) {
    // The introduction's heading is the lesson title, which is plain text already.
    const heading = passage.anchor === "" ? passage.heading : plainHeading(passage.heading);
    for (const text of splitSection(markdownToPlainText(passage.text), maxChars, minChars)) {
      chunks.push({ position: chunks.length, heading, anchor: passage.anchor, text });
    }
  }
  return chunks;
}

/** sha256 of what gets embedded: an unchanged hash means the stored embedding is still right. */
export function chunkContentHash(chunk: Pick<LessonChunk, "heading" | "text">): string {
  return createHash("sha256").update(`${chunk.heading}\n${chunk.text}`).digest("hex");
}

/** Pieces joined by what separated them in the section, so merging puts the separator back. */
type Piece = { text: string; separator: string };

function splitSection(text: string, maxChars: number, minChars: number): string[] {
  if (text === "") return [];
  const pieces: Piece[] = [];
  for (const atom of atoms(text, maxChars)) {
    const last = pieces.at(-1);
    if (last && last.text.length + atom.separator.length + atom.text.length <= maxChars) last.text += atom.separator + atom.text;
    else pieces.push({ ...atom });
  }
  const tail = pieces.at(-1);
  const beforeTail = pieces.at(-2);
  // A short tail reads better with its lead-in; the merged chunk may exceed maxChars by under minChars.
  if (tail && beforeTail && tail.text.length < minChars) {
    beforeTail.text += tail.separator + tail.text;
    pieces.pop();
  }
  return pieces.map((piece) => piece.text);
}

/** The section as paragraphs, with any paragraph over maxChars broken into sentences and words. */
function atoms(text: string, maxChars: number): Piece[] {
  return text.split("\n\n").flatMap((paragraph) => {
    if (paragraph.length <= maxChars) return [{ text: paragraph, separator: "\n\n" }];
    return paragraph.split(/(?<=[.!?…]["'”’)\]]*)\s+/u).flatMap((sentence, index) => {
      const separator = index === 0 ? "\n\n" : " ";
      if (sentence.length <= maxChars) return [{ text: sentence, separator }];
      return cutLongSentence(sentence, maxChars).map((part, partIndex) => ({ text: part, separator: partIndex === 0 ? separator : " " }));
    });
  });
}

/** At the last space that fits, or hard at maxChars when a single word is longer than that. */
function cutLongSentence(sentence: string, maxChars: number): string[] {
  const parts: string[] = [];
  let rest = sentence;
  while (rest.length > maxChars) {
    const space = rest.lastIndexOf(" ", maxChars);
    let cut = space > 0 ? space : maxChars;
    // Never split a surrogate pair (an emoji or a rare CJK character).
    if (space <= 0 && /[\ud800-\udbff]/.test(rest.charAt(cut - 1)) && cut > 1) cut -= 1;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^ /, "");
  }
  if (rest !== "") parts.push(rest);
  return parts;
}

function plainHeading(heading: string): string {
  return collapseWhitespace(heading.replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1"));
}
