import { describe, it, expect } from "vitest";
import { questionDraftSchema, type QuestionDraft } from "@/features/questions/schemas";
import type { QuestionType } from "@/drizzle/schema/enum-values";
import { probabilityCourse } from "../probability";
import { probabilityQuestions } from "./index";

const drafts: QuestionDraft[] = probabilityQuestions.map((draft) => questionDraftSchema.parse(draft));
const topicSlugs = probabilityCourse.topics.map((topic) => topic.slug);

const MINIMUM_PER_TYPE: Record<QuestionType, number> = {
  single_choice: 24,
  multiple_choice: 12,
  true_false: 10,
  numeric: 10,
  short_text: 6,
  essay: 4,
};

function ofType<T extends QuestionType>(type: T) {
  return drafts.flatMap((draft) => (draft.body.type === type ? [draft.body as Extract<QuestionDraft["body"], { type: T }>] : []));
}

function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}
function choose(n: number, k: number): number {
  return factorial(n) / (factorial(k) * factorial(n - k));
}
function binomialPmf(n: number, p: number, k: number): number {
  return choose(n, k) * p ** k * (1 - p) ** (n - k);
}

/** Each numeric question, found by a phrase unique to its stem, and its answer recomputed from scratch. */
const RECOMPUTED: [phrase: string, expected: number][] = [
  ["45% of households own a dog", (1 - (0.45 + 0.35 - 0.15)) * 100],
  ["2 letters (A to Z) followed by 3 digits", 26 ** 2 * 10 ** 3],
  ["6 red and 4 blue marbles", (choose(6, 2) * choose(4, 1)) / choose(10, 3)],
  ["5 green and 7 yellow sweets", (5 / 12) * (4 / 11)],
  ["affects 2% of a population", ((0.9 * 0.02) / (0.9 * 0.02 + 0.1 * 0.98)) * 100],
  ["values 1, 2 and 5 with probabilities 0.5, 0.3 and 0.2", 1 * 0.5 + 4 * 0.3 + 25 * 0.2 - (1 * 0.5 + 2 * 0.3 + 5 * 0.2) ** 2],
  ["Each seed in a packet germinates", binomialPmf(5, 0.8, 4) + binomialPmf(5, 0.8, 5)],
  ["mean 165 cm and standard deviation 7 cm", 165 + 1.645 * 7],
  ["standard deviation s of the data 2, 4, 6, 8, 10", Math.sqrt([2, 4, 6, 8, 10].reduce((sum, x) => sum + (x - 6) ** 2, 0) / 4)],
  ["mean 1,000 g and standard deviation 15 g", 1 - 0.9772], // z = (1006 − 1000) / (15 / √25) = 2
  ["In a random poll of 600 adults, 240", 1.96 * Math.sqrt((0.4 * 0.6) / 600) * 100],
  ["within ±2 units with 95% confidence", Math.ceil(((1.96 * 12) / 2) ** 2)],
];

describe("probability question bank", () => {
  it("has every draft valid against questionDraftSchema", () => {
    for (const draft of probabilityQuestions) {
      const result = questionDraftSchema.safeParse(draft);
      expect(result.success, `${draft.body.stem.slice(0, 60)}: ${result.error?.message ?? ""}`).toBe(true);
    }
  });

  it("has at least 60 questions", () => {
    expect(drafts.length).toBeGreaterThanOrEqual(60);
  });

  it.each(Object.entries(MINIMUM_PER_TYPE))("has at least the minimum number of %s questions", (type, minimum) => {
    expect(drafts.filter((draft) => draft.body.type === type).length).toBeGreaterThanOrEqual(minimum);
  });

  it("tags every question with one or two existing topics of the probability course", () => {
    for (const draft of drafts) {
      expect(draft.topicSlugs.length, draft.body.stem).toBeGreaterThanOrEqual(1);
      expect(draft.topicSlugs.length, draft.body.stem).toBeLessThanOrEqual(2);
      expect(new Set(draft.topicSlugs).size, draft.body.stem).toBe(draft.topicSlugs.length);
      for (const slug of draft.topicSlugs) expect(topicSlugs, draft.body.stem).toContain(slug);
    }
  });

  it.each(topicSlugs)("has at least 4 questions whose main topic is %s", (slug) => {
    expect(drafts.filter((draft) => draft.topicSlugs[0] === slug).length).toBeGreaterThanOrEqual(4);
  });

  it("has no two identical stems", () => {
    const stems = drafts.map((draft) => draft.body.stem.trim().toLowerCase().replace(/\s+/g, " "));
    const duplicates = stems.filter((stem, index) => stems.indexOf(stem) !== index);
    expect(duplicates).toEqual([]);
  });

  it("explains every question", () => {
    for (const draft of drafts) expect(draft.body.explanation.length, draft.body.stem).toBeGreaterThan(0);
  });

  it("gives feedback on at least one wrong option of every choice question", () => {
    for (const body of [...ofType("single_choice"), ...ofType("multiple_choice")]) {
      const wrong = body.options.filter((option) => !option.correct);
      expect(wrong.some((option) => option.feedback.length > 0), body.stem).toBe(true);
    }
  });

  it("uses both multiple-choice scoring modes, mostly partial", () => {
    const scorings = ofType("multiple_choice").map((body) => body.scoring);
    const allOrNothing = scorings.filter((scoring) => scoring === "all_or_nothing").length;
    expect(allOrNothing).toBeGreaterThan(0);
    expect(scorings.length - allOrNothing).toBeGreaterThan(allOrNothing);
  });

  it("gives some numeric questions a unit, and every tolerance is small next to the answer", () => {
    const numeric = ofType("numeric");
    expect(numeric.some((body) => body.unit !== "")).toBe(true);
    for (const body of numeric) expect(body.tolerance, body.stem).toBeLessThanOrEqual(Math.abs(body.answer) * 0.05);
  });

  it("gives every essay a rubric of 2 to 4 described criteria", () => {
    for (const body of ofType("essay")) {
      expect(body.rubric.length, body.stem).toBeGreaterThanOrEqual(2);
      expect(body.rubric.length, body.stem).toBeLessThanOrEqual(4);
      for (const criterion of body.rubric) expect(criterion.description.length, criterion.criterion).toBeGreaterThan(0);
    }
  });

  it("gives several accepted forms for every short-text question", () => {
    for (const body of ofType("short_text")) expect(body.acceptedAnswers.length, body.stem).toBeGreaterThanOrEqual(3);
  });

  it("has numeric answers that match a fresh calculation", () => {
    const numeric = ofType("numeric");
    expect(RECOMPUTED.length).toBe(numeric.length);
    for (const [phrase, expected] of RECOMPUTED) {
      const matches = numeric.filter((body) => body.stem.includes(phrase));
      expect(matches, phrase).toHaveLength(1);
      const [body] = matches;
      expect(Math.abs(body!.answer - expected), phrase).toBeLessThanOrEqual(body!.tolerance + 1e-9);
    }
  });
});
