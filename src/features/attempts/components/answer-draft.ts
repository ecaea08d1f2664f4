import type { LearnerQuestion } from "@/features/attempts/lib/present";

/**
 * What the player holds for a question while the learner works (a draft), and what it sends
 * to the save action (an answer input). Kept free of zod so the player's bundle stays small;
 * the action validates the same shapes with answerInputSchema.
 */

/** Mirrors SHORT_TEXT_MAX in features/questions/schemas (a test keeps them equal). */
export const SHORT_TEXT_MAX_LENGTH = 500;

export type AnswerInput =
  | { type: "single_choice"; optionId: string }
  | { type: "multiple_choice"; optionIds: string[] }
  | { type: "true_false"; value: boolean }
  | { type: "numeric"; text: string }
  | { type: "short_text"; text: string }
  | { type: "essay"; text: string };

export type Draft =
  | { type: "single_choice"; optionId: string | null }
  | { type: "multiple_choice"; optionIds: string[] }
  | { type: "true_false"; value: boolean | null }
  | { type: "numeric"; text: string }
  | { type: "short_text"; text: string }
  | { type: "essay"; text: string };

const record = (value: unknown): Record<string, unknown> => (value && typeof value === "object" ? (value as Record<string, unknown>) : {});

/** The draft a saved response (from the server's view) resumes as; anything unreadable starts empty. */
export function draftFromResponse(question: LearnerQuestion, response: unknown): Draft {
  const saved = record(response);
  switch (question.type) {
    case "single_choice":
      return { type: "single_choice", optionId: typeof saved.optionId === "string" ? saved.optionId : null };
    case "multiple_choice":
      return {
        type: "multiple_choice",
        optionIds: Array.isArray(saved.optionIds) ? saved.optionIds.filter((id): id is string => typeof id === "string") : [],
      };
    case "true_false":
      return { type: "true_false", value: typeof saved.value === "boolean" ? saved.value : null };
    case "numeric":
      return { type: "numeric", text: typeof saved.value === "number" ? String(saved.value) : "" };
    case "short_text":
    case "essay":
      return { type: question.type, text: typeof saved.text === "string" ? saved.text : "" };
  }
}

/** What to send for a draft; null when there is nothing to send (no option picked yet). */
export function answerInputFromDraft(draft: Draft): AnswerInput | null {
  switch (draft.type) {
    case "single_choice":
      return draft.optionId === null ? null : { type: draft.type, optionId: draft.optionId };
    case "true_false":
      return draft.value === null ? null : { type: draft.type, value: draft.value };
    case "multiple_choice":
      return { type: draft.type, optionIds: [...draft.optionIds] };
    case "numeric":
    case "short_text":
    case "essay":
      return { type: draft.type, text: draft.text };
  }
}

/** Whether a draft holds an answer at all (blank text and no choice do not count). */
export function draftHasAnswer(draft: Draft): boolean {
  switch (draft.type) {
    case "single_choice":
      return draft.optionId !== null;
    case "true_false":
      return draft.value !== null;
    case "multiple_choice":
      return draft.optionIds.length > 0;
    default:
      return draft.text.trim() !== "";
  }
}

/** Toggles one option of a multiple-choice draft, keeping the order the options are shown in. */
export function toggleOption(draft: Extract<Draft, { type: "multiple_choice" }>, optionId: string, shownOrder: string[]): Draft {
  const chosen = new Set(draft.optionIds);
  if (chosen.has(optionId)) chosen.delete(optionId);
  else chosen.add(optionId);
  return { type: "multiple_choice", optionIds: shownOrder.filter((id) => chosen.has(id)) };
}

/** Text answers wait for a pause in typing; a click on a choice saves at once. */
export function saveDelayMs(draft: Draft): number {
  return draft.type === "numeric" || draft.type === "short_text" || draft.type === "essay" ? 800 : 0;
}
