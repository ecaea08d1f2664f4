import { describe, expect, it } from "vitest";
import { defaultOptionId, giftMetadataOf, parseGiftMetadata } from "@/features/questions/lib/gift/metadata";
import { questionDraftSchema } from "@/features/questions/schemas";

describe("parseGiftMetadata", () => {
  it("reads the known keys", () => {
    expect(parseGiftMetadata('{"topics":["a"],"unit":"cm","scoring":"all_or_nothing","optionIds":["x"],"maxLength":200}', 3)).toEqual({
      topics: ["a"],
      unit: "cm",
      scoring: "all_or_nothing",
      optionIds: ["x"],
      maxLength: 200,
    });
  });
  it("reports bad JSON, unknown keys and wrong types on the given line", () => {
    expect(parseGiftMetadata("{topics: []}", 7)).toEqual([{ line: 7, message: expect.stringContaining("is not valid JSON") }]);
    expect(parseGiftMetadata("[]", 7)).toEqual([{ line: 7, message: "In // @learnforge: Invalid input: expected object, received array" }]);
    expect(parseGiftMetadata('{"scoring":"some"}', 2)).toEqual([{ line: 2, message: expect.stringMatching(/^In \/\/ @learnforge "scoring": /) }]);
  });
});

describe("giftMetadataOf", () => {
  it("says nothing about a draft GIFT can express on its own", () => {
    const draft = questionDraftSchema.parse({ body: { type: "essay", stem: "Write.", rubric: [{ criterion: "Quality of the answer", points: 1 }] } });
    expect(giftMetadataOf(draft)).toBeNull();
  });
  it("records topics, non-default option ids and scoring", () => {
    const draft = questionDraftSchema.parse({
      body: { type: "multiple_choice", stem: "Pick.", options: [{ id: "a", text: "x", correct: true }, { id: "q", text: "y", correct: false }] },
      topicSlugs: ["sets"],
    });
    expect(giftMetadataOf(draft)).toEqual({ topics: ["sets"], optionIds: ["a", "q"], scoring: "partial" });
  });
  it("names the type of a short answer Moodle would read as matching", () => {
    const draft = questionDraftSchema.parse({ body: { type: "short_text", stem: "React", acceptedAnswers: ["A -> B"] } });
    expect(giftMetadataOf(draft)).toEqual({ type: "short_text" });
  });
});

describe("defaultOptionId", () => {
  it("letters the options", () => {
    expect([0, 1, 25, 26].map(defaultOptionId)).toEqual(["a", "b", "z", "o26"]);
  });
});
