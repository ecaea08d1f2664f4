import { describe, expect, it } from "vitest";
import type { CourseOutline } from "@/features/course-outline/lib/outline";
import { outlineFromState, outlineReducer, outlineStateFrom, type OutlineEditorAction, type OutlineState } from "./outline-state";

const drafted: CourseOutline = {
  title: "Probability",
  description: "Chance, counted carefully.",
  topics: [
    { slug: "sets", name: "Sets" },
    { slug: "bayes", name: "Bayes' rule" },
  ],
  modules: [
    {
      title: "Foundations",
      lessons: [
        { title: "Events", summary: "", topicSlugs: ["sets"] },
        { title: "Counting", summary: "", topicSlugs: [] },
      ],
    },
    { title: "Inference", lessons: [{ title: "Updating beliefs", summary: "", topicSlugs: ["bayes", "sets"] }] },
  ],
};

const run = (...actions: OutlineEditorAction[]): OutlineState => actions.reduce(outlineReducer, outlineStateFrom(drafted));
const initial = outlineStateFrom(drafted);
const lessonKey = (state: OutlineState, title: string) => state.modules.flatMap((item) => item.lessons).find((lesson) => lesson.title === title)!.key;
const titles = (state: OutlineState) => state.modules.map((item) => `${item.title}: ${item.lessons.map((lesson) => lesson.title).join(", ")}`);

describe("outline editor state", () => {
  it("round-trips an untouched draft", () => {
    expect(outlineFromState(initial)).toEqual(drafted);
  });

  it("keeps a renamed topic's lessons tagged, with a slug from its new name", () => {
    const state = run({ type: "rename_topic", topicKey: initial.topics[0]!.key, name: "Events and sets" });
    const outline = outlineFromState(state);
    expect(outline.topics[0]).toEqual({ slug: "events-and-sets", name: "Events and sets" });
    expect(outline.modules[0]?.lessons[0]?.topicSlugs).toEqual(["events-and-sets"]);
    expect(outline.modules[1]?.lessons[0]?.topicSlugs).toEqual(["bayes", "events-and-sets"]);
  });

  it("untags lessons when their topic is removed", () => {
    const outline = outlineFromState(run({ type: "remove_topic", topicKey: initial.topics[0]!.key }));
    expect(outline.topics.map((topic) => topic.slug)).toEqual(["bayes"]);
    expect(outline.modules.flatMap((item) => item.lessons.map((lesson) => lesson.topicSlugs))).toEqual([[], [], ["bayes"]]);
  });

  it("gives an added topic a slug that differs from the others", () => {
    const added = run({ type: "add_topic" });
    const state = outlineReducer(added, { type: "rename_topic", topicKey: added.topics[2]!.key, name: "Sets!" });
    expect(outlineFromState(state).topics.map((topic) => topic.slug)).toEqual(["sets", "bayes", "sets-2"]);
  });

  it("toggles a lesson's topics in the order the topics are listed", () => {
    const key = lessonKey(initial, "Counting");
    const state = run({ type: "toggle_lesson_topic", lessonKey: key, topicKey: initial.topics[1]!.key }, { type: "toggle_lesson_topic", lessonKey: key, topicKey: initial.topics[0]!.key });
    expect(outlineFromState(state).modules[0]?.lessons[1]?.topicSlugs).toEqual(["sets", "bayes"]);
    const untoggled = outlineReducer(state, { type: "toggle_lesson_topic", lessonKey: key, topicKey: initial.topics[0]!.key });
    expect(outlineFromState(untoggled).modules[0]?.lessons[1]?.topicSlugs).toEqual(["bayes"]);
  });

  it("reorders, adds and removes modules", () => {
    const [first, second] = initial.modules;
    expect(titles(run({ type: "move_module", moduleKey: second!.key, direction: "up" }))).toEqual(["Inference: Updating beliefs", "Foundations: Events, Counting"]);
    expect(run({ type: "move_module", moduleKey: first!.key, direction: "up" }).modules).toEqual(initial.modules);
    const added = run({ type: "add_module" });
    expect(added.modules).toHaveLength(3);
    expect(added.modules[2]?.lessons).toHaveLength(1);
    const keys = added.modules.flatMap((item) => [item.key, ...item.lessons.map((lesson) => lesson.key)]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(titles(run({ type: "remove_module", moduleKey: first!.key }))).toEqual(["Inference: Updating beliefs"]);
  });

  it("moves a lesson within its module and on into the neighbouring module past either end", () => {
    const counting = lessonKey(initial, "Counting");
    expect(titles(run({ type: "move_lesson", lessonKey: counting, direction: "up" }))).toEqual(["Foundations: Counting, Events", "Inference: Updating beliefs"]);
    expect(titles(run({ type: "move_lesson", lessonKey: counting, direction: "down" }))).toEqual(["Foundations: Events", "Inference: Counting, Updating beliefs"]);
    const updating = lessonKey(initial, "Updating beliefs");
    expect(titles(run({ type: "move_lesson", lessonKey: updating, direction: "up" }))).toEqual(["Foundations: Events, Counting, Updating beliefs", "Inference: "]);
    expect(run({ type: "move_lesson", lessonKey: updating, direction: "down" }).modules).toEqual(initial.modules);
  });

  it("adds, edits and removes lessons", () => {
    const moduleKey = initial.modules[1]!.key;
    const added = run({ type: "add_lesson", moduleKey });
    const newKey = added.modules[1]!.lessons[1]!.key;
    const state = [
      { type: "edit_lesson", lessonKey: newKey, field: "title", value: "Priors" },
      { type: "edit_lesson", lessonKey: newKey, field: "summary", value: "Where beliefs start." },
      { type: "remove_lesson", lessonKey: lessonKey(initial, "Events") },
    ].reduce<OutlineState>((current, action) => outlineReducer(current, action as OutlineEditorAction), added);
    expect(titles(state)).toEqual(["Foundations: Counting", "Inference: Updating beliefs, Priors"]);
    expect(state.modules[1]?.lessons[1]?.summary).toBe("Where beliefs start.");
  });
});
