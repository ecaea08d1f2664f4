import { describe, expect, it } from "vitest";
import { newEditorState } from "./editor-state";
import { controlIdFor, editorErrorKey, editorErrorsFromResult, errorIdFor, errorSummary } from "./editor-errors";

describe("editorErrorKey", () => {
  it.each([
    ["body.options.1.text", "body.options.1.text"],
    ["body.options.1.id", "body.options.1.text"],
    ["body.options.3", "body.options.3.text"],
    ["body.options", "body.options"],
    ["body.rubric.0", "body.rubric.0.criterion"],
    ["body.rubric.0.points", "body.rubric.0.points"],
    ["topicSlugs.2", "topicSlugs"],
    ["body.acceptedAnswers.4", "body.acceptedAnswers.4"],
  ])("puts an error at %s beside %s", (path, key) => {
    expect(editorErrorKey(path)).toBe(key);
  });
});

describe("editorErrorsFromResult", () => {
  it("strips the draft field and keeps the schema's own messages", () => {
    const errors = editorErrorsFromResult({
      message: "Option text is required",
      fieldErrors: { "draft.body.options.1.text": "Option text is required", "draft.body.stem": "The question is required" },
    });
    expect(errors).toEqual({ "body.options.1.text": "Option text is required", "body.stem": "The question is required" });
  });

  it("replaces zod's generic wording with what to do", () => {
    const errors = editorErrorsFromResult({
      message: "x",
      fieldErrors: {
        "draft.body.answer": "Invalid input: expected number, received null",
        "draft.body.maxLength": "Too small: expected number to be >=100",
        "draft.topicSlugs": "Too big: expected array to have <=10 items",
      },
    });
    expect(errors).toEqual({
      "body.answer": "Enter a number, like 0.25",
      "body.maxLength": "The longest answer is a whole number of characters from 100 to 20,000",
      topicSlugs: "Tag at most 10 topics",
    });
  });

  it("keeps the first message when two paths land on one control", () => {
    const errors = editorErrorsFromResult({ message: "x", fieldErrors: { "draft.body.options.1.id": 'Option id "a" is used twice', "draft.body.options.1.text": 'Option "A" appears twice' } });
    expect(errors).toEqual({ "body.options.1.text": 'Option id "a" is used twice' });
  });

  it("puts errors outside the draft on the whole form", () => {
    expect(editorErrorsFromResult({ message: "x", fieldErrors: { courseId: "Not a valid id", draft: "The form data is not valid JSON" } })).toEqual({ _form: "Not a valid id" });
  });

  it("puts the data layer's unknown-topic error on the topic list and any other failure on the form", () => {
    expect(editorErrorsFromResult({ message: "Unknown topic in this course: bayes." })).toEqual({ topicSlugs: "Unknown topic in this course: bayes." });
    expect(editorErrorsFromResult({ message: "A question's type cannot change" })).toEqual({ _form: "A question's type cannot change" });
  });
});

describe("controlIdFor and errorIdFor", () => {
  it("make ids that are valid in a URL fragment", () => {
    expect(controlIdFor("body.options.1.text")).toBe("question-body-options-1-text");
    expect(errorIdFor("body.stem")).toBe("question-body-stem-error");
  });
});

describe("errorSummary", () => {
  it("lists errors in page order, linking those with a control and keeping the rest", () => {
    const state = newEditorState("single_choice");
    const summary = errorSummary({ _form: "Try again", "body.explanation": "Too long", "body.options.1.text": "Required", "body.stem": "Required", "body.answer": "Not shown" }, state, true);
    expect(summary.map((item) => [item.key, item.href])).toEqual([
      ["body.stem", "#question-body-stem"],
      ["body.options.1.text", "#question-body-options-1-text"],
      ["body.explanation", "#question-body-explanation"],
      ["_form", null],
      ["body.answer", null],
    ]);
  });

  it("does not link to the topic list when the course has no topics", () => {
    expect(errorSummary({ topicSlugs: "Unknown topic" }, newEditorState(), false)).toEqual([{ key: "topicSlugs", message: "Unknown topic", href: null }]);
  });
});
