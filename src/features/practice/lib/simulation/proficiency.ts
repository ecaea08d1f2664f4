/**
 * "Answers to proficient": how many answers on a topic an average learner (ability 0) gives
 * before the app first calls them proficient, beside the answer at which their true skill
 * crossed the same threshold, so the model's lag (or haste) is visible.
 */
import { masteryLevel, type Estimate } from "@/features/practice/lib/elo";
import { createLearner, TRUE_PROFICIENT_SKILL, type SimItem } from "./learners";
import { byTopic, type LearnerSimulation } from "./learner-eval";
import { mean, quantile } from "./metrics";
import { createItemPicker, createModelLearner, estimatedSkill, practise, type ItemOrder } from "./practice-session";
import { createRandom, deriveSeed, shuffled } from "./random";

export type ProficiencySimulation = { learners: number; maxAnswersPerTopic: number };

export type ProficiencyFigures = {
  /** Learner × topic pairs simulated. */
  pairs: number;
  model: { median: number; p90: number; neverWithinCap: number };
  truth: { median: number; p90: number; neverWithinCap: number };
  /** Median of (model's answer count − true crossing) over pairs where both happened. */
  medianLag: number;
  /** Share of pairs the model called proficient before the true skill got there. */
  premature: number;
};

const atLeastProficient = (skill: Estimate) => ["proficient", "mastered"].includes(masteryLevel(skill));

export function answersToProficient(
  bank: readonly SimItem[],
  calibrated: readonly Estimate[],
  simulation: LearnerSimulation,
  proficiency: ProficiencySimulation,
  order: ItemOrder,
): ProficiencyFigures {
  const random = createRandom(deriveSeed(simulation.seed, 3));
  const topics = byTopic(bank, simulation.bank.topics);
  const cap = proficiency.maxAnswersPerTopic;
  const modelAt: number[] = [];
  const trueAt: number[] = [];
  for (let l = 0; l < proficiency.learners; l++) {
    const learner = createLearner(0, topics.length, random);
    const model = createModelLearner(topics.length);
    // As for the held-out learners: each starts from the calibration, so the cohort size does not matter.
    const questions = [...calibrated];
    for (const topic of shuffled([...topics.keys()], random)) {
      const pick = createItemPicker(topics[topic]!, order, random);
      // A topic deviation can put the true skill past the threshold before any practice.
      let crossed = learner.skills[topic]! >= TRUE_PROFICIENT_SKILL ? 0 : Number.POSITIVE_INFINITY;
      let called = Number.POSITIVE_INFINITY;
      for (let n = 1; n <= cap && (crossed === Infinity || called === Infinity); n++) {
        practise(model, questions, learner, pick(model, questions), simulation.settings, random);
        if (crossed === Infinity && learner.skills[topic]! >= TRUE_PROFICIENT_SKILL) crossed = n;
        if (called === Infinity && atLeastProficient(estimatedSkill(model, topic))) called = n;
      }
      modelAt.push(called);
      trueAt.push(crossed);
    }
  }
  return summarise(modelAt, trueAt, cap);
}

function summarise(modelAt: number[], trueAt: number[], cap: number): ProficiencyFigures {
  // Pairs that never got there within the cap count as the cap: the quantiles are then lower bounds.
  const capped = (values: number[]) => values.map((v) => Math.min(v, cap));
  const describe = (values: number[]) => ({
    median: quantile(capped(values), 0.5),
    p90: quantile(capped(values), 0.9),
    neverWithinCap: values.filter((v) => v === Infinity).length,
  });
  const both = modelAt.map((m, i) => [m, trueAt[i]!] as const).filter(([m, t]) => m !== Infinity && t !== Infinity);
  return {
    pairs: modelAt.length,
    model: describe(modelAt),
    truth: describe(trueAt),
    medianLag: quantile(both.map(([m, t]) => m - t), 0.5),
    premature: mean(modelAt.map((m, i) => (m < trueAt[i]! ? 1 : 0))),
  };
}
