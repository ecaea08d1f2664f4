import { answerTerms, covers, numbersIn, phrase, quoteAppears } from "./draft-text";

/**
 * Checks an AI-generated question draft before a teacher sees it: a broken key, a giveaway stem
 * or a citation that does not say what the draft claims. Each problem is a note for the teacher,
 * so messages say exactly what is wrong.
 */
export type GeneratedDraft = {
  type: "single_choice" | "multiple_choice" | "true_false" | "numeric" | "short_text" | "essay";
  stem: string;
  options: { text: string; correct: boolean; feedback: string }[];
  trueFalseAnswer: boolean | null;
  numericAnswer: number | null;
  tolerance: number | null;
  acceptedAnswers: string[];
  rubric: { criterion: string; description: string; points: number }[];
  explanation: string;
  topicSlug: string | null;
  difficulty: "easy" | "medium" | "hard";
  passageId: string;
  quote: string;
};

export type DraftProblemCode =
  | "NO_CORRECT_OPTION"
  | "SEVERAL_CORRECT_OPTIONS"
  | "DUPLICATE_OPTIONS"
  | "ANSWER_IN_STEM"
  | "UNKNOWN_PASSAGE"
  | "QUOTE_NOT_IN_PASSAGE"
  | "CITATION_DOES_NOT_SUPPORT_ANSWER"
  | "MISSING_ANSWER"
  | "TOO_FEW_OPTIONS";
export type DraftProblem = { code: DraftProblemCode; message: string };

/** passages: passage id → the passage text the model was shown. */
export function checkDraft(draft: GeneratedDraft, passages: ReadonlyMap<string, string>): DraftProblem[] {
  return [...keyProblems(draft), ...giveawayProblems(draft), ...citationProblems(draft, passages)];
}

const isChoice = (draft: GeneratedDraft) => draft.type === "single_choice" || draft.type === "multiple_choice";
const label = (index: number) => (index < 26 ? String.fromCharCode(65 + index) : `#${index + 1}`);
const quoted = (texts: string[]) => texts.map((text) => `"${clip(text)}"`).join(", ");
const filled = (texts: string[]) => texts.filter((text) => text.trim() !== "");

function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

function listOf(items: string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function keyProblems(draft: GeneratedDraft): DraftProblem[] {
  const missing = (message: string): DraftProblem[] => [{ code: "MISSING_ANSWER", message }];
  switch (draft.type) {
    case "numeric":
      return draft.numericAnswer === null || !Number.isFinite(draft.numericAnswer) ? missing("A numeric question needs its answer; this draft gives none.") : [];
    case "true_false":
      return draft.trueFalseAnswer === null ? missing("A true/false question needs to say whether the statement is true or false; this draft does not.") : [];
    case "short_text":
      return filled(draft.acceptedAnswers).length === 0 ? missing("A short-text question needs at least one accepted answer; this draft has none.") : [];
    case "essay":
      return filled(draft.rubric.map((line) => line.criterion)).length === 0 ? missing("An essay question needs at least one rubric criterion; this draft has none.") : [];
    default:
      return optionProblems(draft);
  }
}

function optionProblems(draft: GeneratedDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const single = draft.type === "single_choice";
  const kind = single ? "A single-choice question" : "A multiple-choice question";
  const count = draft.options.length;
  if (count < 2) problems.push({ code: "TOO_FEW_OPTIONS", message: `${kind} needs at least two options; this draft has ${count === 0 ? "none" : count}.` });
  const correct = draft.options.flatMap((option, index) => (option.correct ? [label(index)] : []));
  if (count > 0 && correct.length === 0) {
    problems.push({ code: "NO_CORRECT_OPTION", message: `${kind} needs ${single ? "exactly" : "at least"} one correct option; this draft marks none.` });
  }
  if (single && correct.length > 1) {
    const marked = correct.map((letter) => `"${letter}"`).join(", ");
    problems.push({ code: "SEVERAL_CORRECT_OPTIONS", message: `${kind} needs exactly one correct option; this draft marks ${correct.length} (${marked}).` });
  }
  const groups = new Map<string, number[]>();
  draft.options.forEach((option, index) => {
    const key = phrase(option.text) || option.text.trim().toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  for (const indexes of groups.values()) {
    if (indexes.length < 2) continue;
    const text = draft.options[indexes[0] ?? 0]?.text ?? "";
    problems.push({ code: "DUPLICATE_OPTIONS", message: `Options ${listOf(indexes.map(label))} say the same thing ("${clip(text)}").` });
  }
  return problems;
}

// Answers made only of these words ("Yes", "None of the above", "A and B") give nothing away.
const EMPTY_ANSWER_WORDS = new Set(
  "yes no true false none all both neither either and or nor not the an of it is are above below these those this that only".split(" "),
);

function revealing(answer: string): string | null {
  const words = phrase(answer);
  if (words.length < 3 || words.split(" ").every((word) => EMPTY_ANSWER_WORDS.has(word) || /^\p{L}$/u.test(word))) return null;
  return words;
}

function giveawayProblems(draft: GeneratedDraft): DraftProblem[] {
  const stem = ` ${phrase(draft.stem)} `;
  const inStem = (answer: string) => {
    const words = revealing(answer);
    return words !== null && stem.includes(` ${words} `);
  };
  if (isChoice(draft)) {
    const shown = draft.options.filter((option) => option.correct && inStem(option.text));
    // "Which is larger, 0.5 or 0.45?" names a wrong option too: a comparison, not a giveaway.
    if (shown.length === 0 || draft.options.some((option) => !option.correct && inStem(option.text))) return [];
    return [{ code: "ANSWER_IN_STEM", message: `The stem gives the answer away: it contains the correct option ${quoted(shown.map((option) => option.text))}.` }];
  }
  if (draft.type !== "short_text") return [];
  const shown = draft.acceptedAnswers.filter(inStem);
  return shown.length === 0 ? [] : [{ code: "ANSWER_IN_STEM", message: `The stem gives the answer away: it contains the accepted answer ${quoted(shown)}.` }];
}

function citationProblems(draft: GeneratedDraft, passages: ReadonlyMap<string, string>): DraftProblem[] {
  const passage = passages.get(draft.passageId);
  if (passage === undefined) {
    return [{ code: "UNKNOWN_PASSAGE", message: `The draft cites passage "${clip(draft.passageId)}", which is not one of the passages it was given.` }];
  }
  const problems: DraftProblem[] = [];
  if (draft.quote.trim() === "") problems.push({ code: "QUOTE_NOT_IN_PASSAGE", message: `The draft quotes nothing from passage "${draft.passageId}".` });
  else if (!quoteAppears(draft.quote, passage)) {
    problems.push({ code: "QUOTE_NOT_IN_PASSAGE", message: `The quote "${clip(draft.quote)}" does not appear in passage "${draft.passageId}".` });
  }
  const unsupported = supportGap(draft, passage);
  if (unsupported) problems.push({ code: "CITATION_DOES_NOT_SUPPORT_ANSWER", message: unsupported });
  return problems;
}

/** Why the citation does not back the answer, or null when it does (or there is nothing to check). */
function supportGap(draft: GeneratedDraft, passage: string): string | null {
  const neither = `Neither the quote nor passage "${draft.passageId}" mentions`;
  const backs = (answer: string) => {
    const terms = answerTerms(answer);
    return terms.size === 0 || covers(terms, answerTerms(draft.quote)) || covers(terms, answerTerms(passage));
  };
  switch (draft.type) {
    case "essay":
      return null;
    case "true_false": {
      // A false statement distorts the passage: the quote should be about the same thing.
      if (draft.trueFalseAnswer !== false) return null;
      const terms = answerTerms(draft.stem);
      const quoteTerms = answerTerms(draft.quote);
      const shared = [...terms].filter((term) => quoteTerms.has(term)).length;
      if (terms.size === 0 || shared * 2 >= terms.size) return null;
      return `The statement is false, so the quote should show what is true instead, but it shares only ${shared} of the statement's ${terms.size} key words.`;
    }
    case "numeric": {
      const answer = draft.numericAnswer;
      if (answer === null || !Number.isFinite(answer)) return null;
      const near = (value: number) => Math.abs(value - answer) <= Math.max(draft.tolerance ?? 0, 1e-9 * Math.max(1, Math.abs(answer)));
      const mentions = (text: string) => numbersIn(text).some(({ value, percent }) => near(value) || (percent && near(value / 100)));
      return mentions(draft.quote) || mentions(passage) ? null : `${neither} the answer ${answer}.`;
    }
    case "short_text": {
      const answers = filled(draft.acceptedAnswers);
      if (answers.length === 0 || answers.some(backs)) return null;
      return `${neither} ${answers.length === 1 ? "the accepted answer" : "any accepted answer:"} ${quoted(answers)}.`;
    }
    default: {
      const missing = draft.options.filter((option) => option.correct && !backs(option.text)).map((option) => option.text);
      if (missing.length === 0) return null;
      return `${neither} the correct option${missing.length === 1 ? "" : "s"} ${quoted(missing)}.`;
    }
  }
}
