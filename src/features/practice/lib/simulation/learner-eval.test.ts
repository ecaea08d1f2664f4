import { describe, expect, it } from "vitest";
import { DEFAULT_HIERARCHICAL } from "@/features/practice/lib/elo";
import { calibrateQuestions, calibrationShift, createSimulatedBank, evaluateHeldOut, type LearnerSimulation } from "./learner-eval";
import { pearson } from "./metrics";

const simulation: LearnerSimulation = {
  seed: 11,
  bank: { topics: 3, itemsPerTopic: 20, choiceShare: 0.4 },
  trainLearners: 80,
  heldOutLearners: 40,
  answersPerTopic: 15,
  settings: DEFAULT_HIERARCHICAL,
};

describe("learner-model evaluation", () => {
  const bank = createSimulatedBank(simulation);
  const calibrated = calibrateQuestions(bank, simulation);

  it("gives the same figures for the same seed and different ones for another", () => {
    const first = evaluateHeldOut(bank, calibrated, simulation, "random");
    const again = evaluateHeldOut(createSimulatedBank(simulation), calibrateQuestions(bank, simulation), simulation, "random");
    expect(again).toEqual(first);
    const other = { ...simulation, seed: 12 };
    const otherBank = createSimulatedBank(other);
    expect(evaluateHeldOut(otherBank, calibrateQuestions(otherBank, other), other, "random").auc).not.toBe(first.auc);
  });

  it("calibrates difficulties that follow the true ones", () => {
    expect(calibrated.every((q) => q.count > 0)).toBe(true);
    const r = pearson(
      calibrated.map((q) => q.value),
      bank.map((item) => item.difficulty),
    );
    expect(r).toBeGreaterThan(0.8);
    expect(Number.isFinite(calibrationShift(bank, calibrated))).toBe(true);
  });

  it("predicts held-out answers better than chance but not better than the truth", () => {
    const figures = evaluateHeldOut(bank, calibrated, simulation, "random");
    expect(figures.answers).toBe(40 * 3 * 15);
    expect(figures.auc).toBeGreaterThan(0.65);
    expect(figures.auc).toBeLessThan(figures.trueAuc + 0.02);
    expect(figures.topicCorrelation).toBeGreaterThan(0.6);
    expect(figures.learnerCorrelation).toBeGreaterThan(0.7);
  });
});
