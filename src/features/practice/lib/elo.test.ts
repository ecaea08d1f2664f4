import { describe, expect, it } from "vitest";
import { answerInformation, DEFAULT_ELO, DEFAULT_HIERARCHICAL, masteryLevel, predictCorrect, standardError, stepSize, topicSkill, updateAfterAnswer, updateHierarchical } from "./elo";

describe("predictCorrect", () => {
  it("is one half when skill equals difficulty, and rises with skill", () => {
    expect(predictCorrect(0, 0)).toBeCloseTo(0.5, 12);
    expect(predictCorrect(1, 0)).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
    expect(predictCorrect(2, 0)).toBeGreaterThan(predictCorrect(1, 0));
  });

  it("never falls below the chance of a lucky guess", () => {
    expect(predictCorrect(-50, 0, 0.25)).toBeCloseTo(0.25, 9);
    expect(predictCorrect(0, 0, 0.25)).toBeCloseTo(0.25 + 0.75 * 0.5, 12);
  });
});

describe("stepSize", () => {
  it("starts at α and shrinks as evidence accumulates", () => {
    expect(stepSize(0)).toBe(DEFAULT_ELO.alpha);
    expect(stepSize(20)).toBeCloseTo(0.8 / 2, 12);
    expect(stepSize(100)).toBeLessThan(stepSize(10));
  });
});

describe("updateAfterAnswer", () => {
  it("moves skill up and difficulty down by the surprise of a correct answer", () => {
    const { learner, question, expected } = updateAfterAnswer({ value: 0, count: 0 }, { value: 0, count: 0 }, 1);
    expect(expected).toBeCloseTo(0.5, 12);
    expect(learner).toEqual({ value: 0.4, count: 1 });
    expect(question).toEqual({ value: -0.4, count: 1 });
  });

  it("learns less from an expected result than from a surprising one", () => {
    const strong = { value: 2, count: 5 };
    const easy = { value: -1, count: 5 };
    const expectedRight = updateAfterAnswer(strong, easy, 1).learner.value - strong.value;
    const surprisingWrong = strong.value - updateAfterAnswer(strong, easy, 0).learner.value;
    expect(expectedRight).toBeGreaterThan(0);
    expect(surprisingWrong).toBeGreaterThan(expectedRight * 10);
  });

  it("converges towards a learner's true skill over many answers", () => {
    let learner = { value: 0, count: 0 };
    // A learner who gets 75% of average questions right has skill ln(3) ≈ 1.0986.
    for (let index = 0; index < 400; index++) {
      learner = updateAfterAnswer(learner, { value: 0, count: 1_000 }, index % 4 === 3 ? 0 : 1).learner;
    }
    expect(learner.value).toBeGreaterThan(0.9);
    expect(learner.value).toBeLessThan(1.3);
  });

  it("refuses a result outside 0..1", () => {
    expect(() => updateAfterAnswer({ value: 0, count: 0 }, { value: 0, count: 0 }, 2)).toThrow(RangeError);
    expect(() => updateAfterAnswer({ value: 0, count: 0 }, { value: 0, count: 0 }, Number.NaN)).toThrow(RangeError);
  });
});

describe("masteryLevel", () => {
  it("needs evidence as well as skill", () => {
    expect(masteryLevel({ value: 0, count: 0 })).toBe("not_started");
    expect(masteryLevel({ value: 5, count: 2 })).toBe("attempted");
    expect(masteryLevel({ value: 0.5, count: 3 })).toBe("familiar");
    expect(masteryLevel({ value: 1.2, count: 6 })).toBe("proficient");
    expect(masteryLevel({ value: 2.5, count: 10 })).toBe("mastered");
    expect(masteryLevel({ value: -1, count: 30 })).toBe("attempted");
  });
});

describe("the hierarchical model", () => {
  it("adds the topic offset to the course skill", () => {
    expect(topicSkill({ course: { value: 0.5, count: 9 }, topic: { value: -0.2, count: 3 } })).toEqual({ value: 0.3, count: 3 });
  });

  it("moves course skill, topic offset and difficulty by the same surprise, each with its own step", () => {
    const next = updateHierarchical({ course: { value: 0, count: 0 }, topic: { value: 0, count: 0 } }, { value: 0, count: 0 }, 1);
    expect(next.expected).toBeCloseTo(0.5, 12);
    expect(next.course).toEqual({ value: DEFAULT_HIERARCHICAL.course.alpha * 0.5, count: 1 });
    expect(next.topic).toEqual({ value: DEFAULT_HIERARCHICAL.topic.alpha * 0.5, count: 1 });
    expect(next.question.value).toBeCloseTo(-DEFAULT_HIERARCHICAL.question.alpha * 0.5, 12);
  });

  it("starts a new topic from the course skill the learner showed elsewhere", () => {
    let state = { course: { value: 0, count: 0 }, topic: { value: 0, count: 0 } };
    for (let index = 0; index < 30; index++) state = updateHierarchical(state, { value: 0, count: 500 }, 1);
    const untouchedTopic = topicSkill({ course: state.course, topic: { value: 0, count: 0 } });
    expect(untouchedTopic.value).toBeGreaterThan(1);
    expect(masteryLevel(untouchedTopic)).toBe("not_started");
  });
});

describe("answerInformation and standardError", () => {
  it("is largest for a question near the learner's level and shrinks the error as answers accumulate", () => {
    expect(answerInformation(0, 0)).toBeCloseTo(0.25, 12);
    expect(answerInformation(0, 3)).toBeLessThan(answerInformation(0, 0));
    expect(answerInformation(0, 0, 0.25)).toBeLessThan(answerInformation(0, 0));
    expect(standardError(0)).toBe(Number.POSITIVE_INFINITY);
    expect(standardError(4)).toBeCloseTo(0.5, 12);
  });
});
