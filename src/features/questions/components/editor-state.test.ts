import { describe, expect, it } from "vitest";
import { ROUND_TRIP_DRAFTS } from "@/features/questions/lib/draft-fixtures";
import { questionDraftSchema } from "@/features/questions/schemas";
import { draftFromEditorState } from "./editor-draft";
import { invalidatesErrors, editorReducer, editorStateFromDraft, MAX_OPTIONS, newEditorState, nextOptionId, type EditorAction, type EditorState } from "./editor-state";

const run = (state: EditorState, ...actions: EditorAction[]) => actions.reduce(editorReducer, state);
const correctIds = (state: EditorState) => state.options.filter((option) => option.correct).map((option) => option.id);

describe("editorStateFromDraft and draftFromEditorState", () => {
  it.each(ROUND_TRIP_DRAFTS.map((draft) => [draft.body.type, draft] as const))("give back the same %s draft", (_type, draft) => {
    const converted = draftFromEditorState(editorStateFromDraft(draft));
    expect(converted.ok).toBe(true);
    if (converted.ok) expect(questionDraftSchema.parse(converted.draft)).toEqual(draft);
  });
});

describe("editorReducer", () => {
  it("keeps one correct option in a single-choice question (radio semantics)", () => {
    const state = run(newEditorState("single_choice"), { kind: "markCorrect", index: 0, correct: true }, { kind: "markCorrect", index: 1, correct: true });
    expect(correctIds(state)).toEqual(["b"]);
  });

  it("lets a multiple-choice question mark several options correct and unmark one", () => {
    const state = run(
      newEditorState("multiple_choice"),
      { kind: "addOption" },
      { kind: "markCorrect", index: 0, correct: true },
      { kind: "markCorrect", index: 2, correct: true },
      { kind: "markCorrect", index: 0, correct: false },
    );
    expect(correctIds(state)).toEqual(["c"]);
  });

  it("keeps only the first correct option when a new question switches from multiple to single choice", () => {
    const state = run(
      newEditorState("multiple_choice"),
      { kind: "markCorrect", index: 0, correct: true },
      { kind: "markCorrect", index: 1, correct: true },
      { kind: "setType", type: "single_choice" },
    );
    expect(correctIds(state)).toEqual(["a"]);
  });

  it("keeps what was typed for other types when the type changes", () => {
    const state = run(newEditorState(), { kind: "setText", field: "stem", value: "How many?" }, { kind: "editOption", index: 0, text: "Two" }, { kind: "setType", type: "numeric" }, { kind: "setType", type: "single_choice" });
    expect(state.stem).toBe("How many?");
    expect(state.options[0]?.text).toBe("Two");
  });

  it("never gives a new option the id of a removed one, and stops at ten options", () => {
    let state = run(newEditorState(), { kind: "removeOption", index: 0 }, { kind: "addOption" });
    expect(state.options.map((option) => option.id)).toEqual(["b", "c"]);
    for (let count = 0; count < 12; count += 1) state = editorReducer(state, { kind: "addOption" });
    expect(state.options).toHaveLength(MAX_OPTIONS);
    expect(new Set(state.options.map((option) => option.id)).size).toBe(MAX_OPTIONS);
  });

  it("moves an option without changing its id, and ignores a move past either end", () => {
    const state = run(newEditorState(), { kind: "addOption" }, { kind: "moveOption", index: 2, by: -1 }, { kind: "moveOption", index: 0, by: -1 });
    expect(state.options.map((option) => option.id)).toEqual(["a", "c", "b"]);
  });

  it("edits only the fields given for an option or a rubric row", () => {
    const state = run(
      newEditorState("essay"),
      { kind: "editOption", index: 1, feedback: "Close" },
      { kind: "editCriterion", index: 0, criterion: "Evidence" },
      { kind: "editCriterion", index: 0, points: "3" },
    );
    expect(state.options[1]).toEqual({ id: "b", text: "", correct: false, feedback: "Close" });
    expect(state.rubric[0]).toMatchObject({ criterion: "Evidence", description: "", points: "3" });
  });

  it("gives accepted answers and rubric rows distinct keys", () => {
    const state = run(newEditorState("short_text"), { kind: "addAnswer" }, { kind: "addCriterion" }, { kind: "removeAnswer", index: 0 }, { kind: "addAnswer" });
    const keys = [...state.acceptedAnswers, ...state.rubric].map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("toggles topics without duplicates", () => {
    const state = run(newEditorState(), { kind: "toggleTopic", slug: "bayes", on: true }, { kind: "toggleTopic", slug: "bayes", on: true }, { kind: "toggleTopic", slug: "counting", on: true }, { kind: "toggleTopic", slug: "bayes", on: false });
    expect(state.topicSlugs).toEqual(["counting"]);
  });
});

describe("nextOptionId", () => {
  it("takes the first unused id in a, b, c, …", () => {
    expect(nextOptionId(["a", "c"])).toBe("b");
    expect(nextOptionId("abcdefghijklmnopqrstuvwxyz".split(""))).toBe("o26");
  });

  it("does not reuse the id of an option a saved question had", () => {
    const saved = ROUND_TRIP_DRAFTS.find((draft) => draft.body.type === "single_choice" && draft.body.options.some((option) => option.id === "yes"))!;
    const state = run(editorStateFromDraft(saved), { kind: "removeOption", index: 0 }, { kind: "addOption" });
    expect(state.options.map((option) => option.id)).toEqual(["no", "a"]);
    const edited = run(editorStateFromDraft(ROUND_TRIP_DRAFTS[0]!), { kind: "removeOption", index: 1 }, { kind: "addOption" });
    expect(edited.options.map((option) => option.id)).toEqual(["a", "c", "d"]);
  });
});

describe("invalidatesErrors", () => {
  it("is true for adding, removing and moving rows and changing type, but not for typing", () => {
    expect(invalidatesErrors({ kind: "removeCriterion", index: 0 })).toBe(true);
    expect(invalidatesErrors({ kind: "moveOption", index: 0, by: 1 })).toBe(true);
    expect(invalidatesErrors({ kind: "setType", type: "essay" })).toBe(true);
    expect(invalidatesErrors({ kind: "editOption", index: 0, text: "x" })).toBe(false);
  });
});
