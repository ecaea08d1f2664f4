import type { QuestionType } from "@/drizzle/schema/enum-values";
import { defaultOptionId } from "@/features/questions/lib/gift/metadata";
import type { MULTIPLE_CHOICE_SCORING, QuestionBody, QuestionBodyInput } from "@/features/questions/schemas";

/**
 * The question editor's state: every type's fields at once, as the person typed them (numbers
 * stay text until saving), so switching type on a new question loses nothing.
 */
export type OptionRow = { id: string; text: string; correct: boolean; feedback: string };
export type AnswerRow = { key: number; text: string };
export type RubricRow = { key: number; criterion: string; description: string; points: string };
export type Scoring = (typeof MULTIPLE_CHOICE_SCORING)[number];

export type EditorState = {
  type: QuestionType;
  stem: string;
  explanation: string;
  options: OptionRow[];
  scoring: Scoring;
  /** True/false: null until the author picks one, so a forgotten choice is an error rather than "true". */
  correct: boolean | null;
  answer: string;
  tolerance: string;
  unit: string;
  acceptedAnswers: AnswerRow[];
  rubric: RubricRow[];
  maxLength: string;
  topicSlugs: string[];
  /** Keys for answer and rubric rows, which have no id of their own. */
  nextKey: number;
  /** Every option id this question has had, removed ones included: saved responses name options by id. */
  usedOptionIds: string[];
};

export const MAX_OPTIONS = 10;
export const MAX_ACCEPTED_ANSWERS = 20;
export const MAX_RUBRIC_ROWS = 10;

const emptyOption = (id: string): OptionRow => ({ id, text: "", correct: false, feedback: "" });

export function newEditorState(type: QuestionType = "single_choice"): EditorState {
  return {
    type,
    stem: "",
    explanation: "",
    options: [emptyOption("a"), emptyOption("b")],
    scoring: "partial",
    correct: null,
    answer: "",
    tolerance: "0",
    unit: "",
    acceptedAnswers: [{ key: 0, text: "" }],
    rubric: [{ key: 1, criterion: "", description: "", points: "1" }],
    maxLength: "5000",
    topicSlugs: [],
    nextKey: 2,
    usedOptionIds: ["a", "b"],
  };
}

/** The editor's state for an existing question; fields of other types keep their blank defaults. */
export function editorStateFromDraft(draft: { body: QuestionBody; topicSlugs: string[] }): EditorState {
  const { body } = draft;
  const state: EditorState = { ...newEditorState(body.type), stem: body.stem, explanation: body.explanation, topicSlugs: [...draft.topicSlugs] };
  switch (body.type) {
    case "single_choice":
    case "multiple_choice":
      return {
        ...state,
        options: body.options.map((option) => ({ ...option })),
        usedOptionIds: body.options.map((option) => option.id),
        scoring: body.type === "multiple_choice" ? body.scoring : state.scoring,
      };
    case "true_false":
      return { ...state, correct: body.correct };
    case "numeric":
      return { ...state, answer: String(body.answer), tolerance: String(body.tolerance), unit: body.unit };
    case "short_text":
      return { ...state, acceptedAnswers: body.acceptedAnswers.map((text, key) => ({ key, text })), nextKey: body.acceptedAnswers.length + 1 };
    case "essay":
      return {
        ...state,
        rubric: body.rubric.map((row, key) => ({ key, criterion: row.criterion, description: row.description, points: String(row.points) })),
        maxLength: String(body.maxLength),
        nextKey: body.rubric.length + 1,
      };
  }
}

export type EditorAction =
  | { kind: "setType"; type: QuestionType }
  | { kind: "setText"; field: "stem" | "explanation" | "answer" | "tolerance" | "unit" | "maxLength"; value: string }
  | { kind: "setScoring"; scoring: Scoring }
  | { kind: "setTrueFalse"; correct: boolean }
  | { kind: "addOption" }
  | { kind: "removeOption"; index: number }
  | { kind: "moveOption"; index: number; by: -1 | 1 }
  | { kind: "editOption"; index: number; text?: string; feedback?: string }
  | { kind: "markCorrect"; index: number; correct: boolean }
  | { kind: "addAnswer" }
  | { kind: "removeAnswer"; index: number }
  | { kind: "editAnswer"; index: number; text: string }
  | { kind: "addCriterion" }
  | { kind: "removeCriterion"; index: number }
  | { kind: "editCriterion"; index: number; criterion?: string; description?: string; points?: string }
  | { kind: "toggleTopic"; slug: string; on: boolean };

/** Actions after which earlier errors would point at the wrong rows (added, removed, moved) or at fields no longer shown (type). */
export function invalidatesErrors(action: EditorAction): boolean {
  return /^(add|remove|move|setType)/.test(action.kind);
}

/**
 * The first id in a, b, c, … (then o26, o27, …) never used by this question. A removed option's
 * id is not given out again: a regrade would read old responses naming it as the new option.
 */
export function nextOptionId(usedIds: readonly string[]): string {
  const used = new Set(usedIds);
  for (let index = 0; ; index += 1) {
    const id = defaultOptionId(index);
    if (!used.has(id)) return id;
  }
}

function move<T>(rows: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (index < 0 || target < 0 || index >= rows.length || target >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

const replaceAt = <T>(rows: readonly T[], index: number, patch: Partial<T>): T[] => rows.map((row, at) => (at === index ? { ...row, ...definedOnly(patch) } : row));

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** A single-choice question has radio semantics: at most one option stays marked correct. */
function oneCorrectAtMost(options: readonly OptionRow[]): OptionRow[] {
  const first = options.findIndex((option) => option.correct);
  return options.map((option, index) => ({ ...option, correct: index === first }));
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.kind) {
    case "setType":
      return { ...state, type: action.type, options: action.type === "single_choice" ? oneCorrectAtMost(state.options) : state.options };
    case "setText":
      return { ...state, [action.field]: action.value };
    case "setScoring":
      return { ...state, scoring: action.scoring };
    case "setTrueFalse":
      return { ...state, correct: action.correct };
    case "addOption": {
      if (state.options.length >= MAX_OPTIONS) return state;
      const id = nextOptionId([...state.usedOptionIds, ...state.options.map((option) => option.id)]);
      return { ...state, options: [...state.options, emptyOption(id)], usedOptionIds: [...state.usedOptionIds, id] };
    }
    case "removeOption":
      return { ...state, options: state.options.filter((_, index) => index !== action.index) };
    case "moveOption":
      return { ...state, options: move(state.options, action.index, action.by) };
    case "editOption":
      return { ...state, options: replaceAt(state.options, action.index, { text: action.text, feedback: action.feedback }) };
    case "markCorrect":
      return {
        ...state,
        options: state.options.map((option, index) => {
          if (index === action.index) return { ...option, correct: action.correct };
          return state.type === "single_choice" && action.correct ? { ...option, correct: false } : option;
        }),
      };
    case "addAnswer":
      if (state.acceptedAnswers.length >= MAX_ACCEPTED_ANSWERS) return state;
      return { ...state, acceptedAnswers: [...state.acceptedAnswers, { key: state.nextKey, text: "" }], nextKey: state.nextKey + 1 };
    case "removeAnswer":
      return { ...state, acceptedAnswers: state.acceptedAnswers.filter((_, index) => index !== action.index) };
    case "editAnswer":
      return { ...state, acceptedAnswers: replaceAt(state.acceptedAnswers, action.index, { text: action.text }) };
    case "addCriterion":
      if (state.rubric.length >= MAX_RUBRIC_ROWS) return state;
      return { ...state, rubric: [...state.rubric, { key: state.nextKey, criterion: "", description: "", points: "1" }], nextKey: state.nextKey + 1 };
    case "removeCriterion":
      return { ...state, rubric: state.rubric.filter((_, index) => index !== action.index) };
    case "editCriterion":
      return { ...state, rubric: replaceAt(state.rubric, action.index, { criterion: action.criterion, description: action.description, points: action.points }) };
    case "toggleTopic": {
      const without = state.topicSlugs.filter((slug) => slug !== action.slug);
      return { ...state, topicSlugs: action.on ? [...without, action.slug] : without };
    }
  }
}

export type DraftInput = { body: QuestionBodyInput; topicSlugs: string[] };
