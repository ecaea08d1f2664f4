// Crude text helpers shared by the responders: deterministic, not linguistically clever.

const STOPWORDS = new Set(
  "a an and are as at be but by can do does for from has have how i in into is it its of on or that the their them there these this to was what when where which who why will with you your about explain tell me".split(
    " ",
  ),
);

/** Word tokens (letters and digits), in order, as written. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

export function countWords(text: string): number {
  return wordsOf(text).length;
}

/** Lower-cased words without stopwords, for overlap scoring. */
export function contentWords(text: string): Set<string> {
  return new Set(wordsOf(text.toLowerCase()).filter((word) => !STOPWORDS.has(word)));
}

/** Sentences as verbatim substrings of `text` (split after . ! ? followed by whitespace, so "3.5" survives). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** Letter-only words of at least `minLength` letters, longest first (ties keep their order). */
export function longWordsOf(text: string, minLength = 5): string[] {
  const letterWords = text.match(/\p{L}+/gu) ?? [];
  return letterWords.filter((word) => word.length >= minLength).sort((a, b) => b.length - a.length);
}

/** OpenAI-ish token estimate: one token per four characters. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Replaces every whole-word, case-insensitive occurrence of `word` with a blank. */
export function blankOut(sentence: string, word: string): string {
  return sentence.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "giu"), "_____");
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}
