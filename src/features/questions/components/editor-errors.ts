import { ESSAY_MAX, EXPLANATION_MAX, OPTION_TEXT_MAX } from "@/features/questions/schemas";
import type { EditorState } from "./editor-state";

/** Errors the editor shows, keyed by the draft path of the control they belong to ("body.options.1.text"); "_form" for the rest. */
export type EditorErrors = Record<string, string>;

export const FORM_ERROR_KEY = "_form";
const DRAFT_FIELD = "draft.";

// zod's own wording ("Too big: expected string to have <=40 characters") is replaced where the schema gives none.
const GENERIC_MESSAGE = /^(Invalid input|Too small|Too big|Invalid option|Invalid discriminator)/;
const PLAIN_MESSAGES: [RegExp, string][] = [
  [/^body\.(answer|tolerance)$/, "Enter a number, like 0.25"],
  [/^body\.unit$/, "A unit is at most 40 characters"],
  [/^body\.explanation$/, `The explanation must be at most ${EXPLANATION_MAX.toLocaleString("en")} characters`],
  [/^body\.options\.\d+\.feedback$/, `Option feedback must be at most ${OPTION_TEXT_MAX.toLocaleString("en")} characters`],
  [/^body\.acceptedAnswers$/, "Give between 1 and 20 accepted answers"],
  [/^body\.rubric$/, "Give between 1 and 10 rubric criteria"],
  [/^body\.rubric\.\d+\.points$/, "Points are a number above 0, at most 100"],
  [/^body\.rubric\.\d+\.description$/, "A description must be at most 2,000 characters"],
  [/^body\.maxLength$/, `The longest answer is a whole number of characters from 100 to ${ESSAY_MAX.toLocaleString("en")}`],
  [/^body\.scoring$/, "Choose how the question is scored"],
  [/^body\.type$/, "Choose a question type"],
  [/^topicSlugs$/, "Tag at most 10 topics"],
];

/** The control a draft path's error belongs beside: an option's id problem shows on its text, a topic on the topic list. */
export function editorErrorKey(path: string): string {
  return path
    .replace(/^body\.options\.(\d+)(\.id)?$/, "body.options.$1.text")
    .replace(/^body\.rubric\.(\d+)$/, "body.rubric.$1.criterion")
    .replace(/^topicSlugs\.\d+$/, "topicSlugs");
}

function plainMessage(key: string, message: string): string {
  if (!GENERIC_MESSAGE.test(message)) return message;
  return PLAIN_MESSAGES.find(([pattern]) => pattern.test(key))?.[1] ?? message;
}

/**
 * Maps a failed save (validatedAction's field errors, keyed by zod paths under the `draft` field)
 * to the editor's controls. A failure with no field errors is the data layer's: an unknown topic
 * belongs to the topic list, anything else to the whole form.
 */
export function editorErrorsFromResult(result: { message: string; fieldErrors?: Record<string, string> }): EditorErrors {
  if (!result.fieldErrors) {
    return { [/^Unknown topic/.test(result.message) ? "topicSlugs" : FORM_ERROR_KEY]: result.message };
  }
  const errors: EditorErrors = {};
  for (const [path, message] of Object.entries(result.fieldErrors)) {
    const key = path.startsWith(DRAFT_FIELD) ? editorErrorKey(path.slice(DRAFT_FIELD.length)) : FORM_ERROR_KEY;
    errors[key] ??= plainMessage(key, message);
  }
  return errors;
}

/** The id of the control for a key; its error's id adds "-error". */
export function controlIdFor(key: string): string {
  return `question-${key.replace(/\./g, "-")}`;
}

export const errorIdFor = (key: string) => `${controlIdFor(key)}-error`;

/** Every key the editor shows a control for, in the order they appear on the page. */
export function editorFieldKeys(state: EditorState, topicsShown: boolean): string[] {
  const keys = ["body.stem"];
  switch (state.type) {
    case "single_choice":
    case "multiple_choice":
      keys.push("body.options", ...state.options.flatMap((_, index) => [`body.options.${index}.text`, `body.options.${index}.feedback`]));
      if (state.type === "multiple_choice") keys.push("body.scoring");
      break;
    case "true_false":
      keys.push("body.correct");
      break;
    case "numeric":
      keys.push("body.answer", "body.tolerance", "body.unit");
      break;
    case "short_text":
      keys.push("body.acceptedAnswers", ...state.acceptedAnswers.map((_, index) => `body.acceptedAnswers.${index}`));
      break;
    case "essay":
      keys.push("body.rubric", ...state.rubric.flatMap((_, index) => ["criterion", "description", "points"].map((field) => `body.rubric.${index}.${field}`)), "body.maxLength");
      break;
  }
  keys.push("body.explanation");
  if (topicsShown) keys.push("topicSlugs");
  return keys;
}

/** The error summary: every error in page order, linked to its control when the page shows one. */
export function errorSummary(errors: EditorErrors, state: EditorState, topicsShown: boolean): { key: string; message: string; href: string | null }[] {
  const shown = editorFieldKeys(state, topicsShown);
  const placed = shown.filter((key) => errors[key] !== undefined).map((key) => ({ key, message: errors[key]!, href: `#${controlIdFor(key)}` }));
  const rest = Object.entries(errors)
    .filter(([key]) => !shown.includes(key))
    .map(([key, message]) => ({ key, message, href: null }));
  return [...placed, ...rest];
}
