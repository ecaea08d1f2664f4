import { findSyntax, lineOf, textOf, trimChars, type GiftChar } from "@/features/questions/lib/gift/source";
import type { ImportError } from "@/features/questions/lib/import-result";

/** One `=right` or `~wrong` answer; `weight` is the `%50%` percentage when one was written. */
export type GiftAnswer = { mark: "=" | "~"; weight: number | null; text: string; feedback: string; line: number };

/** What an answer block `{…}` holds, before it is decided which LearnForge type that is. */
export type GiftAnswerBlock =
  | { kind: "essay" }
  | { kind: "true_false"; correct: boolean }
  | { kind: "numeric"; answer: number; tolerance: number }
  | { kind: "answers"; answers: GiftAnswer[] };

export type ParsedAnswerBlock = { block: GiftAnswerBlock; explanation: string; explanationLine: number };

const TRUE_FALSE = /^(?:t|true|f|false)$/i;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads the inside of `{…}`. Feedback on true/false and numeric answers is dropped (LearnForge
 * has no place for it); general feedback `####…` becomes the explanation.
 */
export function parseAnswerBlock(content: GiftChar[], line: number, convert: (text: string) => string): ParsedAnswerBlock | ImportError[] {
  const generalAt = findSyntax(content, "####");
  const answerChars = trimChars(generalAt === -1 ? content : content.slice(0, generalAt));
  const explanationChars = generalAt === -1 ? [] : content.slice(generalAt + 4);
  const explanation = convert(textOf(explanationChars).trim());
  const explanationLine = lineOf(explanationChars, line);
  const done = (block: GiftAnswerBlock) => ({ block, explanation, explanationLine });

  if (answerChars.length === 0) return done({ kind: "essay" });
  const first = answerChars[0];
  if (first && !first.literal && first.char === "#") {
    const numeric = parseNumeric(answerChars.slice(1), lineOf(answerChars, line));
    return Array.isArray(numeric) ? numeric : done(numeric);
  }
  const feedbackAt = findSyntax(answerChars, "#");
  if (TRUE_FALSE.test(textOf(feedbackAt === -1 ? answerChars : answerChars.slice(0, feedbackAt)).trim())) {
    return done({ kind: "true_false", correct: /^t/i.test(textOf(answerChars)) });
  }
  const { answers, errors } = splitAnswers(answerChars, convert);
  return errors.length > 0 ? errors : done({ kind: "answers", answers });
}

function splitAnswers(chars: GiftChar[], convert: (text: string) => string): { answers: GiftAnswer[]; errors: ImportError[] } {
  const starts = chars.flatMap((entry, index) => (!entry.literal && (entry.char === "=" || entry.char === "~") ? [index] : []));
  if (starts[0] !== 0) {
    const message = 'Answers start with "=" (right) or "~" (wrong); escape a literal one as \\= or \\~';
    return { answers: [], errors: [{ line: lineOf(chars, 0), message }] };
  }
  const errors: ImportError[] = [];
  const answers = starts.map((start, index): GiftAnswer => {
    const mark = chars[start]?.char === "=" ? "=" : "~";
    let rest = chars.slice(start + 1, starts[index + 1] ?? chars.length);
    const line = chars[start]?.line ?? 0;
    let weight: number | null = null;
    const afterWeight = rest[0]?.char === "%" ? findSyntax(rest, "%", 1) : -1;
    if (afterWeight !== -1) {
      const written = textOf(rest.slice(1, afterWeight));
      weight = /^-?\d+(?:\.\d+)?$/.test(written) ? Number(written) : null;
      if (weight === null || Math.abs(weight) > 100) errors.push({ line, message: `"%${written}%" is not a weight; write a percentage from -100 to 100, like %50%` });
      rest = rest.slice(afterWeight + 1);
    }
    const feedbackAt = findSyntax(rest, "#");
    const text = textOf(feedbackAt === -1 ? rest : rest.slice(0, feedbackAt));
    const feedback = feedbackAt === -1 ? "" : textOf(rest.slice(feedbackAt + 1));
    return { mark, weight, text: convert(text.trim()), feedback: convert(feedback.trim()), line };
  });
  return { answers, errors };
}

/** `#3.14:0.01`, `#2`, `#1..5` (the midpoint, give or take half the width) or `#=3.14:0.01` with feedback. */
function parseNumeric(chars: GiftChar[], line: number): GiftAnswerBlock | ImportError[] {
  const marks = chars.filter((entry) => !entry.literal && (entry.char === "=" || entry.char === "~"));
  let valueChars = chars;
  if (marks.length > 0) {
    const only = findSyntax(chars, "=");
    if (marks.length > 1 || only === -1 || textOf(chars.slice(0, only)).trim() !== "") {
      return [{ line, message: "A numeric question with several answers or partial credit is not supported: give one answer with a tolerance, like {#3.14:0.01}" }];
    }
    valueChars = chars.slice(only + 1);
    const weight = /^%([^%]*)%/.exec(textOf(valueChars));
    if (weight) {
      if (Number(weight[1]) !== 100) return [{ line, message: `A numeric answer with a weight of ${weight[1]}% is not supported: the one answer is worth full marks` }];
      valueChars = valueChars.slice(weight[0].length);
    }
  }
  const feedbackAt = findSyntax(valueChars, "#");
  const written = textOf(feedbackAt === -1 ? valueChars : valueChars.slice(0, feedbackAt)).trim();
  const [low = "", high] = written.split("..");
  if (high !== undefined) {
    const [min, max] = [readNumber(low), readNumber(high)];
    if (min === null || max === null) return [{ line, message: `"${written}" is not a numeric range; write it like {#1..5}` }];
    if (min > max) return [{ line, message: `The range ${written} runs backwards; write the smaller number first` }];
    return { kind: "numeric", answer: (min + max) / 2, tolerance: (max - min) / 2 };
  }
  const [answerText = "", toleranceText, extra] = written.split(":");
  const answer = readNumber(answerText);
  const tolerance = toleranceText === undefined ? 0 : readNumber(toleranceText);
  if (answer === null || tolerance === null || extra !== undefined) {
    return [{ line, message: `"${written}" is not a numeric answer; write it like {#3.14:0.01}, {#2} or {#1..5}` }];
  }
  return { kind: "numeric", answer, tolerance };
}

function readNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}
