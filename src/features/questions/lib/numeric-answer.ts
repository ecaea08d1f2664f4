import { ResponseError } from "@/features/questions/lib/response-error";

export const NOT_A_NUMBER_MESSAGE = "Enter a number, like 0.25";

// Ordinary, no-break, thin and narrow no-break spaces: what people and locales put between digit groups.
const SPACES = /[ \u00a0\u2009\u202f]/;

/**
 * Reads a number as a learner types it. The rule, in full:
 * - optional sign (`-`, `+` or the Unicode minus), digits, optional exponent (`1e3`, `2.5E-4`);
 * - `.` is always the decimal point, and a number has at most one;
 * - digit groups of three may be separated by spaces or commas in the integer part
 *   (`1 000`, `12,345.6`, `1,000,000`), one kind of separator per number;
 * - without a `.`, a single `,` is a decimal comma (`1,5` is 1.5), except that `1,000`
 *   (1–3 digits, a comma, exactly three digits) could mean either and is rejected;
 * - nothing else: no percent signs, units, `Infinity` or hex.
 * Throws a ResponseError whose message tells the learner what to type.
 */
export function parseNumericAnswer(raw: string): number {
  const match = /^([+\-\u2212]?)([\d., \u00a0\u2009\u202f]+)([eE][+-]?\d+)?$/.exec(raw.trim());
  if (!match) throw new ResponseError(NOT_A_NUMBER_MESSAGE);
  const [, sign = "", mantissa = "", exponent = ""] = match;
  const { integer, fraction } = splitDecimal(mantissa, raw.trim());
  const digits = ungroup(integer);
  if (digits === null || !/^\d*$/.test(fraction) || (digits === "" && fraction === "")) throw new ResponseError(NOT_A_NUMBER_MESSAGE);
  const value = Number(`${sign === "\u2212" ? "-" : sign}${digits || "0"}.${fraction || "0"}${exponent}`);
  if (!Number.isFinite(value)) throw new ResponseError(NOT_A_NUMBER_MESSAGE);
  return value;
}

function splitDecimal(mantissa: string, shown: string): { integer: string; fraction: string } {
  const dots = mantissa.split(".");
  if (dots.length > 2) throw new ResponseError(NOT_A_NUMBER_MESSAGE);
  if (dots.length === 2) return { integer: dots[0] ?? "", fraction: dots[1] ?? "" };
  const commas = mantissa.split(",");
  if (commas.length !== 2) return { integer: mantissa, fraction: "" };
  const [before = "", after = ""] = commas;
  if (/^[1-9]\d{0,2}$/.test(before) && /^\d{3}$/.test(after)) {
    throw new ResponseError(`"${shown}" could mean a thousand or a decimal: write it without the comma, or with a decimal point`);
  }
  // "1," has no digits after the comma: a typo rather than a decimal.
  if (after === "") throw new ResponseError(NOT_A_NUMBER_MESSAGE);
  return { integer: before, fraction: after };
}

/** The integer part without its group separators, or null when the groups are not threes. */
function ungroup(integer: string): string | null {
  if (/^\d*$/.test(integer)) return integer;
  const separators = new Set(integer.replace(/\d/g, ""));
  if (separators.size !== 1) return null;
  const [separator = ""] = separators;
  if (separator !== "," && !SPACES.test(separator)) return null;
  const groups = integer.split(separator);
  const [first = "", ...rest] = groups;
  if (!/^\d{1,3}$/.test(first) || !rest.every((group) => /^\d{3}$/.test(group))) return null;
  return groups.join("");
}
