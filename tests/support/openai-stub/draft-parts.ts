import type { Passage } from "./prompt";
import { blankOut, countWords, longWordsOf, sentencesOf } from "./text";

export const BLANK_PREFIX = "Complete the statement from the lesson: ";

// Used only when the passages hold too few long words for three distractors.
const FILLER_WORDS = ["hypothesis", "framework", "variable", "principle", "structure", "sequence", "boundary", "mechanism", "gradient"];

// 40, 3.5, -2 or 1,234.5 as written in prose (thousands separators kept in the text, not the value).
const NUMBER = /(?<![\p{L}\p{N}.,])-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\p{L}\p{N}]|[.,]\d)/u;

/** Sentences of at least six words (verbatim), or the whole text when none is that long. */
export function eligibleSentences(passage: Passage): string[] {
  const long = sentencesOf(passage.text).filter((sentence) => countWords(sentence) >= 6);
  return long.length > 0 ? long : [passage.text];
}

/** The first eligible sentence, starting at `round` and wrapping, that `accept` likes. */
export function pickSentence(passage: Passage, round: number, accept: (sentence: string) => boolean = () => true): string | null {
  const list = eligibleSentences(passage);
  for (let step = 0; step < list.length; step++) {
    const sentence = list[(round + step) % list.length];
    if (sentence !== undefined && accept(sentence)) return sentence;
  }
  return null;
}

export function blankAll(sentence: string, words: readonly string[]): string {
  return words.reduce((stem, word) => blankOut(stem, word), sentence);
}

/**
 * The `count` longest words (≥ 5 letters) to blank out, chosen so that no chosen word survives
 * anywhere in the prefixed stem (not even inside another word).
 */
export function keyWordsOf(sentence: string, count: number): string[] | null {
  const seen = new Set<string>();
  const chosen: string[] = [];
  for (const candidate of longWordsOf(sentence)) {
    const lower = candidate.toLowerCase();
    if (seen.has(lower)) continue;
    seen.add(lower);
    const trial = [...chosen, candidate];
    const stem = (BLANK_PREFIX + blankAll(sentence, trial)).toLowerCase();
    if (trial.every((word) => !stem.includes(word.toLowerCase()))) chosen.push(candidate);
    if (chosen.length === count) return chosen;
  }
  return null;
}

/** Long words from the passages that are not an answer and do not appear in the stem. */
export function distractorsFor(passages: readonly Passage[], answers: readonly string[], stem: string, count: number): string[] {
  const taken = new Set(answers.map((answer) => answer.toLowerCase()));
  const lowerStem = stem.toLowerCase();
  const picked: string[] = [];
  const pool = [...longWordsOf(passages.map((passage) => passage.text).join(" ")), ...FILLER_WORDS];
  for (const word of pool) {
    const lower = word.toLowerCase();
    if (taken.has(lower) || lowerStem.includes(lower)) continue;
    taken.add(lower);
    picked.push(word);
    if (picked.length === count) break;
  }
  return picked;
}

export function firstNumberIn(sentence: string): { text: string; value: number } | null {
  const match = NUMBER.exec(sentence);
  return match ? { text: match[0], value: Number(match[0].replace(/,/g, "")) } : null;
}

/** Rotates a list so the correct options do not always come first. */
export function rotate<T>(list: readonly T[], by: number): T[] {
  if (list.length === 0) return [];
  const shift = by % list.length;
  return [...list.slice(shift), ...list.slice(0, shift)];
}
