import { describe, expect, it } from "vitest";
import { correctResponseOf, gradeResponse, isAnswered, normaliseShortText, ResponseError } from "@/features/questions/lib/grade";
import { questionBodySchema, type QuestionBody, type QuestionBodyInput } from "@/features/questions/schemas";

const body = (input: QuestionBodyInput): QuestionBody => questionBodySchema.parse(input);

const singleChoice = body({
  type: "single_choice",
  stem: "Which is prime?",
  options: [
    { id: "a", text: "4", correct: false },
    { id: "b", text: "7", correct: true },
    { id: "c", text: "9", correct: false },
  ],
});

const multipleChoice = (scoring: "partial" | "all_or_nothing") =>
  body({
    type: "multiple_choice",
    stem: "Which are even?",
    scoring,
    options: [
      { id: "a", text: "2", correct: true },
      { id: "b", text: "4", correct: true },
      { id: "c", text: "6", correct: true },
      { id: "d", text: "7", correct: false },
      { id: "e", text: "9", correct: false },
    ],
  });

const numeric = (answer: number, tolerance: number) => body({ type: "numeric", stem: "How much?", answer, tolerance });
const shortText = body({ type: "short_text", stem: "Drink?", acceptedAnswers: ["Café au lait", "latte"] });
const essay = body({ type: "essay", stem: "Discuss.", rubric: [{ criterion: "Argument", points: 2 }] });

const fractionOf = (question: QuestionBody, response: unknown) => {
  const outcome = gradeResponse(question, response);
  if (outcome.kind !== "auto") throw new Error("expected an automatic grade");
  return outcome.fraction;
};

describe("gradeResponse: single choice", () => {
  it("gives full marks for the correct option and none for another", () => {
    expect(fractionOf(singleChoice, { optionId: "b" })).toBe(1);
    expect(fractionOf(singleChoice, { optionId: "a" })).toBe(0);
  });
  it("rejects an option the question does not have", () => {
    expect(() => gradeResponse(singleChoice, { optionId: "z" })).toThrow(new ResponseError('Option "z" is not one of this question\'s options'));
  });
  it.each([null, "b", {}, { optionId: 2 }, { optionIds: ["b"] }])("rejects the wrongly shaped response %j", (response) => {
    expect(() => gradeResponse(singleChoice, response)).toThrow(new ResponseError("Choose one of the options"));
  });
  it("passes on the schema's message for a malformed option id", () => {
    expect(() => gradeResponse(singleChoice, { optionId: "B!" })).toThrow(/1–12 lowercase letters or digits/);
  });
});

describe("gradeResponse: multiple choice", () => {
  it.each([
    [["a", "b", "c"], 1],
    [["a", "b"], 2 / 3],
    [["a"], 1 / 3],
    [["a", "b", "d"], 1 / 3],
    [["a", "b", "c", "d"], 2 / 3],
    [["a", "d"], 0],
    [["a", "d", "e"], 0],
    [["d", "e"], 0],
    [[], 0],
  ])("partial: %j scores %d", (optionIds, expected) => {
    expect(fractionOf(multipleChoice("partial"), { optionIds })).toBeCloseTo(expected, 12);
  });
  it.each([
    [["c", "a", "b"], 1],
    [["a", "b"], 0],
    [["a", "b", "c", "d"], 0],
    [[], 0],
  ])("all or nothing: %j scores %d", (optionIds, expected) => {
    expect(fractionOf(multipleChoice("all_or_nothing"), { optionIds })).toBe(expected);
  });
  it("rejects an option chosen twice", () => {
    expect(() => gradeResponse(multipleChoice("partial"), { optionIds: ["a", "a"] })).toThrow(new ResponseError("An option is chosen twice"));
  });
  it("rejects an unknown option even beside correct ones", () => {
    expect(() => gradeResponse(multipleChoice("partial"), { optionIds: ["a", "z"] })).toThrow('Option "z" is not one of this question\'s options');
  });
  it("rejects a single id where a list is expected", () => {
    expect(() => gradeResponse(multipleChoice("partial"), { optionIds: "a" })).toThrow(new ResponseError("Choose options from the list"));
  });
});

describe("gradeResponse: true/false", () => {
  const question = body({ type: "true_false", stem: "2 is prime.", correct: true });
  it("compares the value", () => {
    expect(fractionOf(question, { value: true })).toBe(1);
    expect(fractionOf(question, { value: false })).toBe(0);
  });
  it("does not accept the string 'true'", () => {
    expect(() => gradeResponse(question, { value: "true" })).toThrow(new ResponseError("Choose true or false"));
  });
});

describe("gradeResponse: numeric", () => {
  it("accepts values within the tolerance, edges included", () => {
    const question = numeric(3.14, 0.01);
    expect(fractionOf(question, { value: 3.14 })).toBe(1);
    expect(fractionOf(question, { value: 3.15 })).toBe(1);
    expect(fractionOf(question, { value: 3.13 })).toBe(1);
    expect(fractionOf(question, { value: 3.1501 })).toBe(0);
    expect(fractionOf(question, { value: 3.1299 })).toBe(0);
  });
  it("absorbs floating-point error with no tolerance", () => {
    expect(fractionOf(numeric(0.3, 0), { value: 0.1 + 0.2 })).toBe(1);
    expect(fractionOf(numeric(0.3, 0), { value: 0.3000001 })).toBe(0);
  });
  it("scales the rounding allowance with the answer's magnitude", () => {
    expect(fractionOf(numeric(1e12, 0), { value: 1e12 + 1e-4 })).toBe(1);
    expect(fractionOf(numeric(1e12, 0), { value: 1e12 + 2000 })).toBe(0);
  });
  it.each([{ value: "3" }, { value: Number.NaN }, { value: Number.POSITIVE_INFINITY }, {}])("rejects %j as not a number", (response) => {
    expect(() => gradeResponse(numeric(3, 0), response)).toThrow(new ResponseError("Enter a number, like 0.25"));
  });
});

describe("gradeResponse: short text", () => {
  it.each(["cafe au lait", "  CAFÉ   au\tLAIT. ", "latte", "Latte."])("accepts %j", (text) => {
    expect(fractionOf(shortText, { text })).toBe(1);
  });
  it.each(["cafe", "lattes", "", "   ", "."])("rejects %j", (text) => {
    expect(fractionOf(shortText, { text })).toBe(0);
  });
  it("rejects an over-long answer with the schema's message", () => {
    expect(() => gradeResponse(shortText, { text: "x".repeat(501) })).toThrow("An answer must be at most 500 characters");
  });
});

describe("gradeResponse: essay", () => {
  it("leaves an essay to a person", () => {
    expect(gradeResponse(essay, { text: "My essay" })).toEqual({ kind: "manual" });
  });
  it("refuses an essay longer than the question allows, saying by how much", () => {
    expect(() => gradeResponse(essay, { text: "x".repeat(5_001) })).toThrow("Your answer is 5,001 characters; this question takes at most 5,000.");
    expect(gradeResponse(essay, { text: "x".repeat(5_000) })).toEqual({ kind: "manual" });
  });

  it("still checks the essay's shape", () => {
    expect(() => gradeResponse(essay, { text: 42 })).toThrow(ResponseError);
  });
});

describe("normaliseShortText", () => {
  it.each([
    ["Café", "cafe"],
    ["  Crème   Brûlée. ", "creme brulee"],
    ["Ｆｕｌｌ　ｗｉｄｔｈ", "full width"],
    ["İstanbul", "istanbul"],
    ["e.g.", "e.g"],
    ["Paris .", "paris"],
  ])("normalises %j to %j", (input, expected) => {
    expect(normaliseShortText(input)).toBe(expected);
  });
  it("keeps vowel signs in scripts where they change the word", () => {
    expect(normaliseShortText("कि")).not.toBe(normaliseShortText("क"));
  });
});

describe("correctResponseOf", () => {
  it("returns what earns full marks for every auto-graded type", () => {
    const questions = [singleChoice, multipleChoice("partial"), numeric(2.5, 0.1), shortText, body({ type: "true_false", stem: "Yes?", correct: false })];
    for (const question of questions) {
      expect(fractionOf(question, correctResponseOf(question))).toBe(1);
    }
    expect(correctResponseOf(multipleChoice("all_or_nothing"))).toEqual({ optionIds: ["a", "b", "c"] });
    expect(correctResponseOf(shortText)).toEqual({ text: "Café au lait" });
  });
  it("has no correct response for an essay", () => {
    expect(correctResponseOf(essay)).toBeNull();
  });
});

describe("isAnswered", () => {
  it.each<[string, boolean, QuestionBody, unknown]>([
    ["a chosen option", true, singleChoice, { optionId: "a" }],
    ["an empty selection", false, multipleChoice("partial"), { optionIds: [] }],
    ["a selection", true, multipleChoice("partial"), { optionIds: ["d"] }],
    ["blank short text", false, shortText, { text: "  " }],
    ["short text", true, shortText, { text: "tea" }],
    ["blank essay", false, essay, { text: "\n" }],
    ["false", true, body({ type: "true_false", stem: "Yes?", correct: true }), { value: false }],
    ["zero", true, numeric(1, 0), { value: 0 }],
    ["nothing", false, numeric(1, 0), undefined],
    ["a wrongly shaped response", false, singleChoice, { optionIds: ["a"] }],
  ])("%s → answered: %s", (_label, expected, question, response) => {
    expect(isAnswered(question, response)).toBe(expected);
  });
});
