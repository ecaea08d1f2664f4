import { questionDraftSchema, type QuestionBodyInput, type QuestionDraft } from "@/features/questions/schemas";

// Test fixtures for the importers' round-trip tests (imported only by *.test.ts files).

const draft = (body: QuestionBodyInput, topicSlugs: string[] = []): QuestionDraft => questionDraftSchema.parse({ body, topicSlugs });

/** One or more drafts of every type, with the characters and settings most likely to get lost. */
export const ROUND_TRIP_DRAFTS: QuestionDraft[] = [
  draft({
    type: "single_choice",
    stem: "What does {x} = ~y # z: mean?\n\nTwo paragraphs, a C:\\path and //not a comment",
    explanation: "Because ####.",
    options: [
      { id: "a", text: "%50% off", correct: false, feedback: "Not a weight" },
      { id: "b", text: "=right=", correct: true, feedback: "#yes" },
      { id: "c", text: "TRUE", correct: false },
    ],
  }, ["counting", "sets-and-logic"]),
  draft({
    type: "single_choice",
    stem: "[html] is just text here; ::so is this::",
    options: [
      { id: "yes", text: "Yes", correct: true },
      { id: "no", text: "No", correct: false },
    ],
  }),
  draft({
    type: "multiple_choice",
    stem: "Which are prime?",
    scoring: "partial",
    options: ["2", "3", "5", "4", "9", "1"].map((text, index) => ({ id: String.fromCharCode(97 + index), text, correct: index < 3 })),
  }),
  draft({
    type: "multiple_choice",
    stem: "Only one right answer, but marked as multiple choice",
    scoring: "all_or_nothing",
    options: [
      { id: "a", text: "Right", correct: true, feedback: "Well done" },
      { id: "b", text: "Wrong", correct: false },
    ],
  }),
  draft({ type: "multiple_choice", stem: "All of them", options: [{ id: "x1", text: "A", correct: true }, { id: "x2", text: "B", correct: true }] }),
  draft({ type: "true_false", stem: "T", correct: true }),
  draft({ type: "true_false", stem: "The Earth is flat.", correct: false, explanation: "It is an oblate spheroid." }),
  draft({ type: "numeric", stem: "Speed of light?", answer: 299_792_458, tolerance: 0.5, unit: "m/s" }, ["physics"]),
  draft({ type: "numeric", stem: "Tiny", answer: -1.5e-7, tolerance: 1e-9 }),
  draft({ type: "numeric", stem: "Avogadro", answer: 6.02214076e23, tolerance: 1e21, unit: "mol⁻¹" }),
  draft({ type: "short_text", stem: "The _____ sat on the mat.", acceptedAnswers: ["cat", "Katze", "gato"] }),
  draft({ type: "short_text", stem: "Balance it", acceptedAnswers: ["2H2 + O2 -> 2H2O"] }),
  draft({ type: "essay", stem: "Discuss, in Markdown:\n\n- one\n- two", rubric: [{ criterion: "Quality of the answer", points: 1 }] }),
  draft({
    type: "essay",
    stem: "Argue for or against.",
    explanation: "Look for evidence.",
    maxLength: 800,
    rubric: [
      { criterion: "Evidence", description: "Cites at least one source: {like this}", points: 3 },
      { criterion: "Clarity", points: 1.5 },
    ],
  }),
];

// Fragments chosen to collide with GIFT syntax, JSON escapes and text normalisation.
const FRAGMENTS = ["a", "Bé", "ß", " ", "~", "=", "#", "{", "}", ":", "\\", "%", "%50%", "->", "\n", "\r\n", "[html]", "::", "//", "\\n", "_____", "####", "T", "😀", '"', "\t", "&amp;", "<b>", "1..5"];
const SLUGS = ["counting", "linear-algebra", "a1", "probability"];
const NUMBERS = [0, 1, -2.5, 3.14159, 1e-7, 6.02e23, 1822, 0.1 + 0.2, -1e21];

/** Valid drafts of random types and texts from a seeded generator, so failures reproduce. */
export function randomDrafts(seed: number, count: number): QuestionDraft[] {
  const random = mulberry32(seed);
  const int = (below: number) => Math.floor(random() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const text = () => `${pick(["x", "Q", "%"])}${Array.from({ length: 1 + int(6) }, () => pick(FRAGMENTS)).join("")}${pick(["", "y", "."])}`;
  const options = (min: number) =>
    Array.from({ length: min + int(4) }, (_, index) => ({
      id: random() < 0.7 ? String.fromCharCode(97 + index) : `id${index}`,
      text: `${text()}${index}`,
      correct: random() < 0.5,
      feedback: random() < 0.5 ? "" : text(),
    }));
  const bodies: (() => QuestionBodyInput)[] = [
    () => {
      const chosen = options(2);
      const right = int(chosen.length);
      return { type: "single_choice", stem: text(), options: chosen.map((option, index) => ({ ...option, correct: index === right })) };
    },
    () => ({ type: "multiple_choice", stem: text(), options: options(2).map((option, index) => ({ ...option, correct: option.correct || index === 0 })), scoring: pick(["partial", "all_or_nothing"] as const) }),
    () => ({ type: "true_false", stem: text(), correct: random() < 0.5 }),
    () => ({ type: "numeric", stem: text(), answer: pick(NUMBERS) * (1 + int(3)), tolerance: pick([0, 0.5, 1e-9, random()]), unit: pick(["", "cm", "m/s²", "%"]) }),
    () => ({ type: "short_text", stem: text(), acceptedAnswers: Array.from({ length: 1 + int(3) }, text) }),
    () => ({
      type: "essay",
      stem: text(),
      rubric: random() < 0.5 ? [{ criterion: "Quality of the answer", points: 1 }] : [{ criterion: text(), description: text(), points: 1 + int(10) }],
      maxLength: random() < 0.5 ? undefined : 100 + int(19_900),
    }),
  ];
  const drafts: QuestionDraft[] = [];
  while (drafts.length < count) {
    const body = { ...pick(bodies)(), explanation: random() < 0.5 ? "" : text() };
    const topicSlugs = SLUGS.filter(() => random() < 0.3);
    const parsed = questionDraftSchema.safeParse({ body, topicSlugs });
    if (parsed.success) drafts.push(parsed.data);
  }
  return drafts;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
