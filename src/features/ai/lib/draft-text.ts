import { contentWords } from "@/features/practice/lib/passages";

// Text matching for the draft checks: loose enough for a model's paraphrase of spacing and
// punctuation, strict about words and numbers.

/** At least half the answer's terms are in the pool. */
export function covers(terms: ReadonlySet<string>, pool: ReadonlySet<string>): boolean {
  const hits = [...terms].filter((term) => pool.has(term)).length;
  return hits * 2 >= terms.size;
}

/** Content words, stemmed a little further so "rate", "rates" and "rated" agree, and numbers by value. */
export function answerTerms(text: string): Set<string> {
  const words = contentWords(text).map((word) => {
    const suffix = ["ing", "ed", "es", "s", "e"].find((end) => word.endsWith(end) && !word.endsWith("ss") && word.length - end.length >= 3);
    return suffix ? word.slice(0, -suffix.length) : word;
  });
  return new Set([...words, ...numbersIn(text).map(({ value }) => String(value))]);
}

// A number as written in prose: 1,234.5 or 1 234.5 (thin or no-break spaces), 0.25, .25, −3, 25%.
const NUMBER = /(?<![\p{L}\p{N}.,])([-\u2212]?)(\d{1,3}(?:[,\u00a0\u2009\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(%?)/gu;

export function numbersIn(text: string): { value: number; percent: boolean }[] {
  return [...text.matchAll(NUMBER)].map(([, sign = "", digits = "", percent = ""]) => ({
    value: Number(`${sign ? "-" : ""}${digits.replace(/[^\d.]/g, "")}`),
    percent: percent === "%",
  }));
}

/** Words and numbers, lower case, without diacritics or prose punctuation; maths symbols kept. */
export function phrase(text: string): string {
  const folded = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\u2212/g, "-");
  return (folded.match(/(?<![\p{L}\p{N}])-?\d+(?:[.,]\d+)*%?|[\p{L}\p{N}]+|[^\s\p{L}\p{N}.,;:!?"'`()[\]{}\u2010-\u2015\u2018-\u201f\u00ab\u00bb-]/gu) ?? []).join(" ");
}

/** The quote, verbatim up to case, spacing, quote marks, dashes and emphasis; "…" may join fragments. */
export function quoteAppears(quote: string, passage: string): boolean {
  const fragments = loose(quote)
    .split("...")
    .map((fragment) => fragment.replace(/^[\s"'.,;:!?]+|[\s"'.,;:!?]+$/g, ""))
    .filter((fragment) => fragment !== "");
  const text = loose(passage);
  let from = 0;
  for (const fragment of fragments) {
    const at = text.indexOf(fragment, from);
    if (at === -1) return false;
    from = at + fragment.length;
  }
  return fragments.length > 0;
}

function loose(text: string): string {
  return text
    .normalize("NFKC") // "…" becomes "..."
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[*_`]/g, "")
    .replace(/\s+/g, " ")
    .replace(/ ?- ?/g, "-");
}
