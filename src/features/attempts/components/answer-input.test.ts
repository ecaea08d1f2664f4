import { describe, expect, it } from "vitest";
import type { LearnerQuestion } from "@/features/attempts/lib/present";
import { SHORT_TEXT_MAX } from "@/features/questions/schemas";
import { answerInputFromDraft, draftFromResponse, draftHasAnswer, saveDelayMs, SHORT_TEXT_MAX_LENGTH, toggleOption } from "./answer-draft";
import { savedResponseSchema } from "./answer-input";

const parse = (input: unknown) => savedResponseSchema.safeParse(input);

describe("savedResponseSchema", () => {
  it("reads a number as a learner types it, decimal comma included", () => {
    expect(parse({ type: "numeric", text: "0,25" })).toMatchObject({ success: true, data: { value: 0.25 } });
    expect(parse({ type: "numeric", text: " 1 000.5 " })).toMatchObject({ success: true, data: { value: 1000.5 } });
  });

  it("says what to type when the number cannot be read, on the text field", () => {
    const result = parse({ type: "numeric", text: "about 3" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["text"], message: "Enter a number, like 0.25" });
  });

  it("passes on the specific message for an ambiguous thousands comma", () => {
    expect(parse({ type: "numeric", text: "1,000" }).error?.issues[0]?.message).toMatch(/could mean a thousand or a decimal/);
  });

  it("clears the answer when the number box is emptied", () => {
    expect(parse({ type: "numeric", text: "   " })).toMatchObject({ success: true, data: null });
  });

  it("builds each type's response shape", () => {
    expect(parse({ type: "single_choice", optionId: "b" }).data).toEqual({ optionId: "b" });
    expect(parse({ type: "multiple_choice", optionIds: ["a", "c"] }).data).toEqual({ optionIds: ["a", "c"] });
    expect(parse({ type: "true_false", value: false }).data).toEqual({ value: false });
    expect(parse({ type: "short_text", text: "permutation" }).data).toEqual({ text: "permutation" });
    expect(parse({ type: "essay", text: "Because…" }).data).toEqual({ text: "Because…" });
  });

  it("refuses malformed input", () => {
    expect(parse({ type: "single_choice", optionId: "NOT VALID" }).success).toBe(false);
    expect(parse({ type: "multiple_choice", optionIds: ["a", "a"] }).success).toBe(false);
    expect(parse({ type: "true_false", value: "yes" }).success).toBe(false);
    expect(parse({ type: "short_text", text: "x".repeat(501) }).success).toBe(false);
    expect(parse({ type: "essay", text: "x".repeat(20_001) }).success).toBe(false);
    expect(parse({ type: "ranking", order: [] }).success).toBe(false);
  });
});

describe("drafts", () => {
  const single: LearnerQuestion = { type: "single_choice", stem: "?", stemHtml: "<p>?</p>", options: [{ id: "a", text: "A" }, { id: "b", text: "B" }] };
  const multiple: LearnerQuestion = { ...single, type: "multiple_choice" };
  const numeric: LearnerQuestion = { type: "numeric", stem: "?", stemHtml: "<p>?</p>", unit: "kg" };
  const essay: LearnerQuestion = { type: "essay", stem: "?", stemHtml: "<p>?</p>", maxLength: 500, rubric: [] };

  it("resume from the saved response", () => {
    expect(draftFromResponse(single, { optionId: "b" })).toEqual({ type: "single_choice", optionId: "b" });
    expect(draftFromResponse(multiple, { optionIds: ["a", "b"] })).toEqual({ type: "multiple_choice", optionIds: ["a", "b"] });
    expect(draftFromResponse(numeric, { value: 0.25 })).toEqual({ type: "numeric", text: "0.25" });
    expect(draftFromResponse({ type: "true_false", stem: "?", stemHtml: "<p>?</p>" }, { value: false })).toEqual({ type: "true_false", value: false });
    expect(draftFromResponse(essay, { text: "Hello" })).toEqual({ type: "essay", text: "Hello" });
  });

  it("start empty when nothing (or nothing readable) was saved", () => {
    expect(draftFromResponse(single, null)).toEqual({ type: "single_choice", optionId: null });
    expect(draftFromResponse(numeric, { value: "x" })).toEqual({ type: "numeric", text: "" });
    expect(draftHasAnswer(draftFromResponse(multiple, undefined))).toBe(false);
  });

  it("send nothing until an option is picked, and text as typed", () => {
    expect(answerInputFromDraft({ type: "single_choice", optionId: null })).toBeNull();
    expect(answerInputFromDraft({ type: "true_false", value: null })).toBeNull();
    expect(answerInputFromDraft({ type: "true_false", value: true })).toEqual({ type: "true_false", value: true });
    expect(answerInputFromDraft({ type: "numeric", text: "1,5" })).toEqual({ type: "numeric", text: "1,5" });
    expect(answerInputFromDraft({ type: "multiple_choice", optionIds: [] })).toEqual({ type: "multiple_choice", optionIds: [] });
  });

  it("toggle options in the order they are shown", () => {
    const draft = { type: "multiple_choice" as const, optionIds: ["c"] };
    expect(toggleOption(draft, "a", ["c", "b", "a"])).toEqual({ type: "multiple_choice", optionIds: ["c", "a"] });
    expect(toggleOption(draft, "c", ["c", "b", "a"])).toEqual({ type: "multiple_choice", optionIds: [] });
  });

  it("do not count blank text as an answer", () => {
    expect(draftHasAnswer({ type: "short_text", text: "  " })).toBe(false);
    expect(draftHasAnswer({ type: "numeric", text: "0" })).toBe(true);
  });

  it("wait for a pause in typing, but save a choice at once", () => {
    expect(saveDelayMs({ type: "essay", text: "" })).toBe(800);
    expect(saveDelayMs({ type: "numeric", text: "" })).toBe(800);
    expect(saveDelayMs({ type: "single_choice", optionId: "a" })).toBe(0);
  });

  it("keep the short-text limit in step with the question schema", () => {
    expect(SHORT_TEXT_MAX_LENGTH).toBe(SHORT_TEXT_MAX);
  });
});
