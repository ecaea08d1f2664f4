import type { z } from "zod";
import type { QuestionType } from "@/drizzle/schema/enum-values";
import { NOT_A_NUMBER_MESSAGE } from "@/features/questions/lib/numeric-answer";
import { ResponseError } from "@/features/questions/lib/response-error";
import { RESPONSE_SCHEMAS, type ChoiceOption, type QuestionBody, type QuestionResponse } from "@/features/questions/schemas";

// Re-exported so callers grading a typed answer need one import.
export { parseNumericAnswer } from "@/features/questions/lib/numeric-answer";
export { ResponseError } from "@/features/questions/lib/response-error";

/** `fraction` is the share of the question's marks earned, 0..1; essays wait for a person. */
export type GradeOutcome = { kind: "auto"; fraction: number } | { kind: "manual" };

// What the learner is told when the response is not even the right shape (a bug or a tampered request).
const SHAPE_MESSAGES: Record<QuestionType, string> = {
  single_choice: "Choose one of the options",
  multiple_choice: "Choose options from the list",
  true_false: "Choose true or false",
  numeric: NOT_A_NUMBER_MESSAGE,
  short_text: "Type your answer as text",
  essay: "Write your answer as text",
};

/** Grades one response against a valid body; throws ResponseError when the response cannot be graded. */
export function gradeResponse(body: QuestionBody, response: unknown): GradeOutcome {
  switch (body.type) {
    case "single_choice": {
      const { optionId } = readResponse(body.type, RESPONSE_SCHEMAS.single_choice, response);
      return auto(findOptions(body.options, [optionId]).some((option) => option.correct) ? 1 : 0);
    }
    case "multiple_choice": {
      const { optionIds } = readResponse(body.type, RESPONSE_SCHEMAS.multiple_choice, response);
      const chosen = findOptions(body.options, optionIds);
      const right = chosen.filter((option) => option.correct).length;
      const correctCount = body.options.filter((option) => option.correct).length;
      // A valid body has a correct option; guard anyway so a bad body cannot produce NaN.
      if (correctCount === 0) return auto(0);
      if (body.scoring === "all_or_nothing") return auto(right === correctCount && chosen.length === right ? 1 : 0);
      return auto(Math.max(0, (right - (chosen.length - right)) / correctCount));
    }
    case "true_false": {
      const { value } = readResponse(body.type, RESPONSE_SCHEMAS.true_false, response);
      return auto(value === body.correct ? 1 : 0);
    }
    case "numeric": {
      const { value } = readResponse(body.type, RESPONSE_SCHEMAS.numeric, response);
      // 0.1 + 0.2 must count as 0.3: allow a rounding error far below any tolerance a teacher would set.
      const epsilon = 1e-9 * Math.max(1, Math.abs(body.answer));
      return auto(Math.abs(value - body.answer) <= body.tolerance + epsilon ? 1 : 0);
    }
    case "short_text": {
      const { text } = readResponse(body.type, RESPONSE_SCHEMAS.short_text, response);
      const given = normaliseShortText(text);
      return auto(given !== "" && body.acceptedAnswers.some((accepted) => normaliseShortText(accepted) === given) ? 1 : 0);
    }
    case "essay": {
      const { text } = readResponse(body.type, RESPONSE_SCHEMAS.essay, response);
      if (text.length > body.maxLength) {
        throw new ResponseError(`Your answer is ${text.length.toLocaleString("en")} characters; this question takes at most ${body.maxLength.toLocaleString("en")}.`);
      }
      return { kind: "manual" };
    }
  }
}

// Combining-mark blocks shared by Latin, Greek and Cyrillic. Not all of \p{M}: in scripts such as
// Devanagari the marks are vowels, and dropping them would accept a different word.
const COMBINING_DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** How short-text answers are compared: "  Café  au lait. " and "cafe au lait" are the same answer. */
export function normaliseShortText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(COMBINING_DIACRITICS, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*\.$/, "");
}

/** The response that earns full marks, for showing correct answers; essays have none. */
export function correctResponseOf(body: QuestionBody): QuestionResponse | null {
  switch (body.type) {
    case "single_choice": {
      const correct = body.options.find((option) => option.correct);
      return correct ? { optionId: correct.id } : null;
    }
    case "multiple_choice":
      return { optionIds: body.options.filter((option) => option.correct).map((option) => option.id) };
    case "true_false":
      return { value: body.correct };
    case "numeric":
      return { value: body.answer };
    case "short_text":
      return body.acceptedAnswers[0] === undefined ? null : { text: body.acceptedAnswers[0] };
    case "essay":
      return null;
  }
}

/** Whether the learner has given an answer at all: blank text and an empty selection do not count. */
export function isAnswered(body: QuestionBody, response: unknown): boolean {
  switch (body.type) {
    case "multiple_choice": {
      const parsed = RESPONSE_SCHEMAS.multiple_choice.safeParse(response);
      return parsed.success && parsed.data.optionIds.length > 0;
    }
    case "short_text":
    case "essay": {
      const parsed = RESPONSE_SCHEMAS[body.type].safeParse(response);
      return parsed.success && parsed.data.text.trim() !== "";
    }
    default:
      return RESPONSE_SCHEMAS[body.type].safeParse(response).success;
  }
}

function auto(fraction: number): GradeOutcome {
  return { kind: "auto", fraction };
}

function readResponse<S extends z.ZodType>(type: QuestionType, schema: S, response: unknown): z.output<S> {
  const parsed = schema.safeParse(response);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ResponseError(!issue || issue.code === "invalid_type" ? SHAPE_MESSAGES[type] : issue.message);
}

/** The chosen options, in the order chosen; an id the question does not have is an error, not a wrong answer. */
function findOptions(options: ChoiceOption[], ids: string[]): ChoiceOption[] {
  return ids.map((id) => {
    const option = options.find((candidate) => candidate.id === id);
    if (!option) throw new ResponseError(`Option "${id}" is not one of this question's options`);
    return option;
  });
}
