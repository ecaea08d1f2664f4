import { describe, expect, it } from "vitest";
import { DEFAULT_HIERARCHICAL } from "@/features/practice/lib/elo";
import { calibrateQuestions, createSimulatedBank, type LearnerSimulation } from "./learner-eval";
import { answersToProficient } from "./proficiency";

const simulation: LearnerSimulation = {
  seed: 5,
  bank: { topics: 2, itemsPerTopic: 20, choiceShare: 0.3 },
  trainLearners: 60,
  heldOutLearners: 0,
  answersPerTopic: 15,
  settings: DEFAULT_HIERARCHICAL,
};

describe("answersToProficient", () => {
  const bank = createSimulatedBank(simulation);
  const calibrated = calibrateQuestions(bank, simulation);
  const run = () => answersToProficient(bank, calibrated, simulation, { learners: 30, maxAnswersPerTopic: 120 }, "random");

  it("is deterministic for a seed and covers every learner × topic pair", () => {
    const figures = run();
    expect(run()).toEqual(figures);
    expect(figures.pairs).toBe(60);
  });

  it("never calls anyone proficient before six answers, and the truth crosses in about 25", () => {
    const { model, truth } = run();
    expect(model.median).toBeGreaterThanOrEqual(6);
    expect(model.p90).toBeGreaterThanOrEqual(model.median);
    expect(model.p90).toBeLessThanOrEqual(120);
    // Learning gains alone take an average learner past ln 3 after 25 answers; topic deviations spread it.
    expect(truth.median).toBeGreaterThan(10);
    expect(truth.median).toBeLessThan(45);
  });
});
