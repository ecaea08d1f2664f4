import { describe, expect, it } from "vitest";
import { predictCorrect } from "@/features/practice/lib/elo";
import { predictedBankScore } from "./readiness";

describe("predictedBankScore", () => {
  it("is null for an empty bank", () => {
    expect(predictedBankScore([], 0, new Map())).toBeNull();
  });

  it("is one half for an even learner on typed questions of difficulty 0", () => {
    expect(predictedBankScore([{ guess: 0, difficulty: 0, topicIds: [] }], 0, new Map())).toBe(0.5);
  });

  it("averages the questions, each with the mean offset of its own topics", () => {
    const offsets = new Map([["a", 1], ["b", -0.5]]);
    const bank = [
      { guess: 0.25, difficulty: 0.4, topicIds: ["a", "b"] },
      { guess: 0, difficulty: -1, topicIds: ["b"] },
      { guess: 0.5, difficulty: 2, topicIds: ["unpractised"] },
    ];
    const expected = (predictCorrect(0.3 + 0.25, 0.4, 0.25) + predictCorrect(0.3 - 0.5, -1, 0) + predictCorrect(0.3, 2, 0.5)) / 3;
    expect(predictedBankScore(bank, 0.3, offsets)).toBeCloseTo(expected, 12);
  });

  it("rises with the learner's skill and never leaves [guess, 1]", () => {
    const bank = [{ guess: 0.25, difficulty: 0, topicIds: [] }];
    const low = predictedBankScore(bank, -80, new Map())!;
    const high = predictedBankScore(bank, 80, new Map())!;
    expect(low).toBeCloseTo(0.25, 10);
    expect(high).toBeCloseTo(1, 10);
    expect(predictedBankScore(bank, 1, new Map())!).toBeGreaterThan(predictedBankScore(bank, 0, new Map())!);
  });
});
