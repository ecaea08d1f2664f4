import { describe, expect, it } from "vitest";
import { answer, CHOICE_GUESS, createItemBank, createLearner, learningGain, TRUE_PROFICIENT_SKILL, trueChance } from "./learners";
import { createRandom } from "./random";

const shape = { topics: 4, itemsPerTopic: 50, choiceShare: 0.4 };

describe("createItemBank", () => {
  it("is the same bank for the same seed, with the requested topics and choice share", () => {
    const bank = createItemBank(shape, createRandom(9));
    expect(createItemBank(shape, createRandom(9))).toEqual(bank);
    expect(bank).toHaveLength(200);
    expect(new Set(bank.map((item) => item.topic))).toEqual(new Set([0, 1, 2, 3]));
    const choice = bank.filter((item) => item.guess === CHOICE_GUESS).length / bank.length;
    expect(choice).toBeGreaterThan(0.25);
    expect(choice).toBeLessThan(0.55);
  });
});

describe("trueChance", () => {
  it("is 75% on an average question at the proficiency threshold, and floored by the guess", () => {
    const average = { id: 0, topic: 0, discrimination: 1, difficulty: 0, guess: 0 };
    expect(trueChance(TRUE_PROFICIENT_SKILL, average)).toBeCloseTo(0.75, 12);
    expect(trueChance(-30, { ...average, guess: CHOICE_GUESS })).toBeCloseTo(0.25, 9);
  });

  it("rises faster with a higher discrimination", () => {
    const item = { id: 0, topic: 0, discrimination: 1, difficulty: 0, guess: 0 };
    expect(trueChance(1, { ...item, discrimination: 2 })).toBeGreaterThan(trueChance(1, item));
  });
});

describe("answer", () => {
  it("raises the true topic skill by a diminishing gain and only on that topic", () => {
    const learner = createLearner(0, 2, createRandom(1));
    const before = [...learner.skills];
    const item = { id: 0, topic: 1, discrimination: 1, difficulty: 0, guess: 0 };
    answer(learner, item, createRandom(2));
    answer(learner, item, createRandom(3));
    expect(learner.skills[1]).toBeCloseTo(before[1]! + learningGain(0) + learningGain(1), 12);
    expect(learner.skills[0]).toBe(before[0]);
    expect(learningGain(30)).toBeCloseTo(learningGain(0) / 2, 12);
  });

  it("is right about as often as the true chance says", () => {
    const random = createRandom(4);
    const item = { id: 0, topic: 0, discrimination: 1, difficulty: 1, guess: 0 };
    let right = 0;
    for (let i = 0; i < 5000; i++) right += answer({ ability: 0, skills: [0], answered: [0] }, item, random).correct;
    expect(right / 5000).toBeCloseTo(trueChance(0, item), 1);
  });
});
