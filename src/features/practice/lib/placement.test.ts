import { describe, expect, it } from "vitest";
import { updateHierarchical } from "./elo";
import { choosePlacementTopic, informativeTarget, placementResult, placementShouldStop, PLACEMENT_RULES, type PlacementAnswer } from "./placement";
import type { TopicState } from "./select";

const topic = (id: string, position: number, skill = 0, questionCount = 4): TopicState => ({
  topicId: id,
  slug: id,
  name: id.toUpperCase(),
  position,
  skill: { value: skill, count: 0 },
  questionCount,
  prerequisiteIds: [],
});

describe("placement stopping rule", () => {
  it("asks at least the minimum, stops at the cap or when the pool runs dry", () => {
    const answers = (n: number): PlacementAnswer[] => Array.from({ length: n }, () => ({ topicId: "t", difficulty: 0, guess: 0 }));
    expect(placementShouldStop(0, answers(PLACEMENT_RULES.minItems - 1), 10)).toBe(false);
    expect(placementShouldStop(0, answers(PLACEMENT_RULES.maxItems), 10)).toBe(true);
    expect(placementShouldStop(0, answers(2), 0)).toBe(true);
  });

  it("stops after about a dozen well-pitched answers, later when the questions were off-target", () => {
    const untilStop = (difficulty: number, guess: number) => {
      const answers: PlacementAnswer[] = [];
      while (!placementShouldStop(0, answers, 100)) answers.push({ topicId: "t", difficulty, guess });
      return answers.length;
    };
    const wellPitched = untilStop(0, 0);
    expect(wellPitched).toBeGreaterThanOrEqual(7);
    expect(wellPitched).toBeLessThanOrEqual(9);
    expect(untilStop(3, 0)).toBe(PLACEMENT_RULES.maxItems);
    // Four-option questions, pitched where they tell most (p ≈ 0.625): about a dozen.
    const choice = untilStop(-0.1, 0.25);
    expect(choice).toBeGreaterThan(wellPitched);
    expect(choice).toBeLessThanOrEqual(13);
  });

  it("targets one half above the guessing floor", () => {
    expect(informativeTarget(0)).toBe(0.5);
    expect(informativeTarget(0.5)).toBe(0.75);
  });
});

describe("choosePlacementTopic", () => {
  const topics = [1, 2, 3, 4, 5, 6, 7].map((position) => topic(`t${position}`, position));

  it("spreads the questions over the course before asking a topic twice", () => {
    const answers: PlacementAnswer[] = [];
    const order: string[] = [];
    for (let index = 0; index < 7; index++) {
      const next = choosePlacementTopic(topics, answers)!;
      order.push(next.topicId);
      answers.push({ topicId: next.topicId, difficulty: 0, guess: 0 });
    }
    expect(new Set(order).size).toBe(7);
    expect(order[0]).toBe("t4");
    // The second and third questions go to the ends of the course, not next door.
    expect(order.slice(1, 3).sort()).toEqual(["t1", "t7"]);
  });

  it("ignores topics without questions", () => {
    expect(choosePlacementTopic([topic("empty", 1, 0, 0), topic("real", 2)], [])?.topicId).toBe("real");
    expect(choosePlacementTopic([topic("empty", 1, 0, 0)], [])).toBeNull();
  });
});

describe("placementResult", () => {
  it("starts the learner at the first topic they are not predicted to know", () => {
    const result = placementResult([topic("b", 2, 0.2), topic("a", 1, 2), topic("c", 3, -1)], { answered: 12, correct: 7, standardError: 0.6 });
    expect(result.topics.map((entry) => [entry.topicId, entry.likelyKnown])).toEqual([
      ["a", true],
      ["b", false],
      ["c", false],
    ]);
    expect(result.startTopicId).toBe("b");
  });

  it("has no starting topic when everything is known", () => {
    expect(placementResult([topic("a", 1, 3)], { answered: 6, correct: 6, standardError: 0.6 }).startTopicId).toBeNull();
  });

  it("places a strong simulated learner ahead of a weak one", () => {
    const estimate = (correct: boolean) => {
      let state = { course: { value: 0, count: 0 }, topic: { value: 0, count: 0 } };
      for (let index = 0; index < 12; index++) state = updateHierarchical(state, { value: 0, count: 100 }, correct || index % 4 === 0 ? 1 : 0);
      return state.course.value + state.topic.value;
    };
    expect(estimate(true)).toBeGreaterThan(1);
    expect(estimate(false)).toBeLessThan(-0.5);
  });
});
