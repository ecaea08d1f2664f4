import { parseNumericAnswer } from "@/features/questions/lib/numeric-answer";
import { ResponseError } from "@/features/questions/lib/response-error";
import type { QuestionBodyInput } from "@/features/questions/schemas";
import type { DraftInput, EditorState } from "./editor-state";

export type DraftConversion = { ok: true; draft: DraftInput } | { ok: false; errors: Record<string, string> };

/**
 * The draft the save action validates, from the editor's state. Only what the browser alone can
 * judge fails here (a number that cannot be read, a true/false left unpicked); every other rule is
 * the schema's, checked on the server. Error keys are draft paths, like the server's.
 */
export function draftFromEditorState(state: EditorState): DraftConversion {
  const errors: Record<string, string> = {};
  const number = (key: string, text: string, blank: string, whenBlank?: number): number => {
    if (text.trim() === "") {
      if (whenBlank !== undefined) return whenBlank;
      errors[key] = blank;
      return Number.NaN;
    }
    try {
      return parseNumericAnswer(text);
    } catch (error) {
      if (!(error instanceof ResponseError)) throw error;
      errors[key] = error.message;
      return Number.NaN;
    }
  };

  const common = { stem: state.stem, explanation: state.explanation };
  let body: QuestionBodyInput;
  switch (state.type) {
    case "single_choice":
      body = { type: state.type, ...common, options: state.options.map((option) => ({ ...option })) };
      break;
    case "multiple_choice":
      body = { type: state.type, ...common, options: state.options.map((option) => ({ ...option })), scoring: state.scoring };
      break;
    case "true_false":
      if (state.correct === null) errors["body.correct"] = "Choose whether the statement is true or false";
      body = { type: state.type, ...common, correct: state.correct ?? false };
      break;
    case "numeric":
      body = {
        type: state.type,
        ...common,
        answer: number("body.answer", state.answer, "Enter the correct answer, like 0.25"),
        tolerance: number("body.tolerance", state.tolerance, "", 0),
        unit: state.unit,
      };
      break;
    case "short_text":
      body = { type: state.type, ...common, acceptedAnswers: state.acceptedAnswers.map((answer) => answer.text) };
      break;
    case "essay":
      body = {
        type: state.type,
        ...common,
        rubric: state.rubric.map((row, index) => ({
          criterion: row.criterion,
          description: row.description,
          points: number(`body.rubric.${index}.points`, row.points, "Enter the points, like 2"),
        })),
        maxLength: wholeNumber(state.maxLength, errors),
      };
      break;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, draft: { body, topicSlugs: [...state.topicSlugs] } };
}

// A length in characters: digit groups ("5,000", "5 000") are read as thousands, never as decimals.
function wholeNumber(text: string, errors: Record<string, string>): number {
  const digits = text.replace(/[\s,_]/g, "");
  if (/^\d+$/.test(digits)) return Number(digits);
  errors["body.maxLength"] = "Enter a whole number of characters, like 5000";
  return Number.NaN;
}
