import { describe, expect, it } from "vitest";
import { DEFAULT_HIERARCHICAL, updateHierarchical } from "@/features/practice/lib/elo";
import type { SimItem } from "./learners";
import { createItemPicker, createModelLearner, freshQuestions, practise, predictFor } from "./practice-session";
import { createRandom } from "./random";

const items: SimItem[] = [0, 1, 2, 3].map((id) => ({ id, topic: 0, discrimination: 1, difficulty: id - 1.5, guess: 0 }));

describe("practise", () => {
  it("updates course, topic and question exactly as updateHierarchical does", () => {
    const model = createModelLearner(2);
    const questions = freshQuestions(4);
    const learner = { ability: 0, skills: [0, 0], answered: [0, 0] };
    const { correct, expected } = practise(model, questions, learner, items[1]!, DEFAULT_HIERARCHICAL, createRandom(1));
    const reference = updateHierarchical({ course: { value: 0, count: 0 }, topic: { value: 0, count: 0 } }, { value: 0, count: 0 }, correct);
    expect(expected).toBe(0.5);
    expect(model.course).toEqual(reference.course);
    expect(model.topics[0]).toEqual(reference.topic);
    expect(model.topics[1]).toEqual({ value: 0, count: 0 });
    expect(questions[1]).toEqual(reference.question);
    expect(learner.answered[0]).toBe(1);
  });
});

describe("createItemPicker", () => {
  it("uses every question once before repeating one", () => {
    const pick = createItemPicker(items, "random", createRandom(2));
    const model = createModelLearner(1);
    const questions = freshQuestions(4);
    const firstPass = [0, 1, 2, 3].map(() => pick(model, questions).id);
    expect([...firstPass].sort()).toEqual([0, 1, 2, 3]);
    expect(items.map((item) => item.id)).toContain(pick(model, questions).id);
  });

  it("adaptively picks the question predicted nearest a 75% success", () => {
    const model = createModelLearner(1);
    const questions = items.map((item) => ({ value: item.difficulty, count: 10 }));
    const pick = createItemPicker(items, "adaptive", createRandom(3));
    // Skill 0: predictions are σ(1.5), σ(0.5), σ(−0.5), σ(−1.5) = 0.82, 0.62, 0.38, 0.18.
    expect(pick(model, questions).id).toBe(0);
    expect(predictFor(model, questions, items[1]!)).toBeCloseTo(1 / (1 + Math.exp(-0.5)), 12);
    expect(pick(model, questions).id).toBe(1);
  });
});
