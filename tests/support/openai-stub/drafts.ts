import { BLANK_PREFIX, blankAll, distractorsFor, eligibleSentences, firstNumberIn, keyWordsOf, pickSentence, rotate } from "./draft-parts";
import type { DraftRequest, Passage } from "./prompt";
import { blankOut, wordsOf } from "./text";

export interface DraftOption {
  text: string;
  correct: boolean;
  feedback: string;
}

/** One question draft; every field is present (OpenAI strict mode), unused ones null or empty. */
export interface Draft {
  type: string;
  stem: string;
  options: DraftOption[];
  trueFalseAnswer: boolean | null;
  numericAnswer: number | null;
  tolerance: number | null;
  acceptedAnswers: string[];
  rubric: { criterion: string; description: string; points: number }[];
  explanation: string;
  topicSlug: string | null;
  difficulty: string;
  passageId: string;
  quote: string;
}

interface DraftSlot {
  index: number;
  passage: Passage;
  round: number;
  passages: readonly Passage[];
  request: DraftRequest;
}

// With no passages in the prompt there is nothing to quote; drafts still come back well-formed.
const PLACEHOLDER_PASSAGE: Passage = {
  id: "P0",
  title: "Placeholder",
  text: "The stub provider received no lesson passages, so it wrote this placeholder sentence instead.",
};

function baseDraft(slot: DraftSlot, type: string, quote: string): Draft {
  return {
    type,
    stem: "",
    options: [],
    trueFalseAnswer: null,
    numericAnswer: null,
    tolerance: null,
    acceptedAnswers: [],
    rubric: [],
    explanation: `The lesson says: "${quote}"`,
    topicSlug: slot.request.topics[0] ?? null,
    difficulty: slot.request.difficulty,
    passageId: slot.passage.id,
    quote,
  };
}

function option(text: string, correct: boolean): DraftOption {
  return { text, correct, feedback: correct ? `Correct: the lesson uses "${text}" here.` : `Not quite: re-read the passage.` };
}

function choiceDraft(slot: DraftSlot, type: "single_choice" | "multiple_choice"): Draft | null {
  const answerCount = type === "single_choice" ? 1 : 2;
  const sentence = pickSentence(slot.passage, slot.round, (candidate) => keyWordsOf(candidate, answerCount) !== null);
  const answers = sentence === null ? null : keyWordsOf(sentence, answerCount);
  if (sentence === null || answers === null) return null;
  const stem = BLANK_PREFIX + blankAll(sentence, answers);
  const wrong = distractorsFor(slot.passages, answers, stem, 4 - answerCount);
  const options = [...answers.map((answer) => option(answer, true)), ...wrong.map((word) => option(word, false))];
  return { ...baseDraft(slot, type, sentence), stem, options: rotate(options, slot.index) };
}

function shortTextDraft(slot: DraftSlot): Draft | null {
  const sentence = pickSentence(slot.passage, slot.round, (candidate) => keyWordsOf(candidate, 1) !== null);
  const [answer] = sentence === null ? [] : (keyWordsOf(sentence, 1) ?? []);
  if (sentence === null || answer === undefined) return null;
  return { ...baseDraft(slot, "short_text", sentence), stem: BLANK_PREFIX + blankOut(sentence, answer), acceptedAnswers: [answer] };
}

function numericDraft(slot: DraftSlot): Draft | null {
  const sentence = pickSentence(slot.passage, slot.round, (candidate) => firstNumberIn(candidate) !== null);
  const number = sentence === null ? null : firstNumberIn(sentence);
  if (sentence === null || number === null) return null;
  const stem = BLANK_PREFIX + blankOut(sentence, number.text);
  return { ...baseDraft(slot, "numeric", sentence), stem, numericAnswer: number.value, tolerance: 0 };
}

function trueFalseDraft(slot: DraftSlot): Draft {
  const sentence = pickSentence(slot.passage, slot.round) ?? slot.passage.text;
  return { ...baseDraft(slot, "true_false", sentence), stem: sentence, trueFalseAnswer: true };
}

function essayDraft(slot: DraftSlot): Draft {
  const heading = slot.passage.title || wordsOf(slot.passage.text).slice(0, 6).join(" ");
  const quote = eligibleSentences(slot.passage)[0] ?? slot.passage.text;
  return {
    ...baseDraft(slot, "essay", quote),
    stem: `Explain in your own words: ${heading}`,
    rubric: [
      { criterion: "Accuracy", description: "States what the lesson says without errors.", points: 2 },
      { criterion: "Own words", description: "Explains the idea in the learner's own words.", points: 2 },
    ],
  };
}

function buildDraft(slot: DraftSlot, type: string): Draft {
  const fallback = () => choiceDraft(slot, "single_choice") ?? trueFalseDraft(slot);
  switch (type) {
    case "multiple_choice":
      return choiceDraft(slot, "multiple_choice") ?? fallback();
    case "true_false":
      return trueFalseDraft(slot);
    case "short_text":
      return shortTextDraft(slot) ?? fallback();
    case "numeric":
      return numericDraft(slot) ?? fallback();
    case "essay":
      return essayDraft(slot);
    default:
      return fallback();
  }
}

/** `request.count` drafts, cycling through the requested types and through the passages. */
export function draftQuestions(passages: readonly Passage[], request: DraftRequest, typeOverride?: string): Draft[] {
  const sources = passages.length > 0 ? passages : [PLACEHOLDER_PASSAGE];
  return Array.from({ length: request.count }, (_, index) => {
    const passage = sources[index % sources.length] ?? PLACEHOLDER_PASSAGE;
    const slot = { index, passage, round: Math.floor(index / sources.length), passages: sources, request };
    return buildDraft(slot, typeOverride ?? request.types[index % request.types.length] ?? "single_choice");
  });
}
