import { describe, expect, it } from "vitest";
import { draftFromEditorState } from "./editor-draft";
import { newEditorState, type EditorState } from "./editor-state";

const withState = (patch: Partial<EditorState>): EditorState => ({ ...newEditorState(patch.type), stem: "Q", ...patch });

describe("draftFromEditorState", () => {
  it("reads numbers as people type them and a blank tolerance as 0", () => {
    const result = draftFromEditorState(withState({ type: "numeric", answer: " 1 000.5 ", tolerance: "", unit: "m" }));
    expect(result).toEqual({ ok: true, draft: { body: { type: "numeric", stem: "Q", explanation: "", answer: 1000.5, tolerance: 0, unit: "m" }, topicSlugs: [] } });
  });

  it("refuses an answer that is not a number, under its draft path", () => {
    const result = draftFromEditorState(withState({ type: "numeric", answer: "12%" }));
    expect(result).toEqual({ ok: false, errors: { "body.answer": "Enter a number, like 0.25" } });
  });

  it("asks for a missing numeric answer and passes on an ambiguous tolerance's explanation", () => {
    const result = draftFromEditorState(withState({ type: "numeric", answer: "", tolerance: "1,000" }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors["body.answer"]).toBe("Enter the correct answer, like 0.25");
      expect(result.errors["body.tolerance"]).toMatch(/could mean a thousand or a decimal/);
    }
  });

  it("refuses a true/false question whose answer was never picked", () => {
    expect(draftFromEditorState(withState({ type: "true_false" }))).toEqual({ ok: false, errors: { "body.correct": "Choose whether the statement is true or false" } });
  });

  it("reads an essay's points per row and its length with digit groups", () => {
    const state = withState({ type: "essay", maxLength: "2,000", rubric: [{ key: 0, criterion: "A", description: "", points: "1.5" }, { key: 1, criterion: "B", description: "", points: "" }] });
    expect(draftFromEditorState(state)).toEqual({ ok: false, errors: { "body.rubric.1.points": "Enter the points, like 2" } });
    const fixed = draftFromEditorState({ ...state, rubric: [state.rubric[0]!] });
    expect(fixed.ok && fixed.draft.body).toMatchObject({ type: "essay", maxLength: 2000, rubric: [{ criterion: "A", points: 1.5 }] });
  });

  it("refuses a length that is not a whole number", () => {
    expect(draftFromEditorState(withState({ type: "essay", maxLength: "2.5k", rubric: [{ key: 0, criterion: "A", description: "", points: "1" }] }))).toEqual({
      ok: false,
      errors: { "body.maxLength": "Enter a whole number of characters, like 5000" },
    });
  });

  it("sends only the current type's fields, and the chosen topics", () => {
    const result = draftFromEditorState(withState({ type: "short_text", answer: "not a number", acceptedAnswers: [{ key: 0, text: "cat" }], topicSlugs: ["pets"] }));
    expect(result).toEqual({ ok: true, draft: { body: { type: "short_text", stem: "Q", explanation: "", acceptedAnswers: ["cat"] }, topicSlugs: ["pets"] } });
  });

  it("sends a multiple-choice question's scoring with its options", () => {
    const result = draftFromEditorState(withState({ type: "multiple_choice", scoring: "all_or_nothing" }));
    expect(result.ok && result.draft.body).toMatchObject({ type: "multiple_choice", scoring: "all_or_nothing", options: [{ id: "a" }, { id: "b" }] });
  });
});
