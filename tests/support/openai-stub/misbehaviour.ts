// The content of the scripted bad answers (scenario behaviours that change what the model "says").
import { BLANK_PREFIX } from "./draft-parts";
import { draftQuestions, type Draft } from "./drafts";
import type { DraftRequest, Passage } from "./prompt";

/** Truncated JSON, as a model cut off mid-answer would produce. */
export const INVALID_JSON_CONTENT = '{"score": 3, "criteria": [';

/** Valid JSON that matches no app schema. */
export const WRONG_SHAPE_CONTENT = '{"grade":"A"}';

export const UNQUOTED_SENTENCE = "This sentence was never part of the lesson material.";

/** Every numeric `score`/`points` becomes 999 and every `confidence` 7, at any depth. */
export function outOfRange(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(outOfRange);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => {
      if ((key === "score" || key === "points") && typeof field === "number") return [key, 999];
      if (key === "confidence") return [key, 7];
      return [key, outOfRange(field)];
    }),
  );
}

const FLAWS: readonly ((draft: Draft) => Draft)[] = [
  // Two correct options in a single-choice question.
  (draft) => {
    const wrongAt = draft.options.findIndex((option) => !option.correct);
    return { ...draft, options: draft.options.map((option, i) => (i === wrongAt ? { ...option, correct: true } : option)) };
  },
  // Two options with the same text.
  (draft) => {
    const wrong = draft.options.map((option, i) => (option.correct ? -1 : i)).filter((i) => i >= 0);
    const [first, second] = wrong;
    const copied = first === undefined ? undefined : draft.options[first];
    if (second === undefined || copied === undefined) return draft;
    return { ...draft, options: draft.options.map((option, i) => (i === second ? { ...option, text: copied.text } : option)) };
  },
  // The correct answer is readable in the stem.
  (draft) => ({ ...draft, stem: BLANK_PREFIX + draft.quote }),
  // A quote that no passage contains.
  (draft) => ({ ...draft, quote: UNQUOTED_SENTENCE }),
];

// Apps that ask for one draft per request still meet every flaw in turn.
let flawedRequests = 0;

/** Single-choice drafts, each breaking one rule in turn (see FLAWS), continuing across requests. */
export function flawedDrafts(passages: readonly Passage[], request: DraftRequest): Draft[] {
  const offset = flawedRequests;
  flawedRequests += 1;
  return draftQuestions(passages, request, "single_choice").map((draft, index) => {
    const flaw = FLAWS[(offset + index) % FLAWS.length];
    return flaw ? flaw(draft) : draft;
  });
}
