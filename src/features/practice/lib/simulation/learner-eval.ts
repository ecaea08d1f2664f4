/**
 * The evaluation protocol for the app's learner model: calibrate question difficulties on a
 * training population, then score predictions on held-out learners, each made before the
 * answer it predicts (out of sample), and compare final skill estimates with the true skills.
 */
import type { Estimate, HierarchicalSettings } from "@/features/practice/lib/elo";
import { createItemBank, createLearner, type BankShape, type SimItem } from "./learners";
import { auc, binnedRmse, logLoss, mean, pearson } from "./metrics";
import { createItemPicker, createModelLearner, estimatedSkill, freshQuestions, practise, type ItemOrder, type ModelLearner } from "./practice-session";
import { createRandom, deriveSeed, shuffled, type Random } from "./random";

export type LearnerSimulation = {
  seed: number;
  bank: BankShape;
  trainLearners: number;
  heldOutLearners: number;
  answersPerTopic: number;
  settings: HierarchicalSettings;
};

export type HeldOutFigures = {
  answers: number;
  auc: number;
  /** AUC of the true chances on the same answers: the ceiling any model could reach. */
  trueAuc: number;
  logLoss: number;
  rmseBins: number;
  /** Per learner × topic: topicSkill estimate against the true skill after practice. */
  topicCorrelation: number;
  /** Per learner: course skill + mean topic offset against the mean true skill. */
  learnerCorrelation: number;
  /** Mean of (topicSkill estimate − true skill) after practice: the model's scale offset. */
  skillBias: number;
};

export const byTopic = (bank: readonly SimItem[], topics: number) =>
  Array.from({ length: topics }, (_, topic) => bank.filter((item) => item.topic === topic));

/** Each learner (ability ~ N(0, 1)) works through every topic in a random order, one topic at a time. */
function runCohort(
  bank: readonly SimItem[],
  questionsFor: () => Estimate[],
  simulation: LearnerSimulation,
  learners: number,
  order: ItemOrder,
  random: Random,
  record?: (expected: number, correct: number, chance: number) => void,
) {
  const topics = byTopic(bank, simulation.bank.topics);
  const results: { model: ModelLearner; skills: number[] }[] = [];
  for (let l = 0; l < learners; l++) {
    const learner = createLearner(random.normal(), topics.length, random);
    const model = createModelLearner(topics.length);
    const questions = questionsFor();
    for (const topic of shuffled([...topics.keys()], random)) {
      const pick = createItemPicker(topics[topic]!, order, random);
      for (let k = 0; k < simulation.answersPerTopic; k++) {
        const outcome = practise(model, questions, learner, pick(model, questions), simulation.settings, random);
        record?.(outcome.expected, outcome.correct, outcome.chance);
      }
    }
    results.push({ model, skills: learner.skills });
  }
  return results;
}

/** Question difficulties after the training population practised with random questions. */
export function calibrateQuestions(bank: readonly SimItem[], simulation: LearnerSimulation): Estimate[] {
  const questions = freshQuestions(bank.length);
  runCohort(bank, () => questions, simulation, simulation.trainLearners, "random", createRandom(deriveSeed(simulation.seed, 1)));
  return questions;
}

/**
 * Each held-out learner starts from the calibrated difficulties, which still move with their own
 * answers as in the app; so every learner is "the next one after calibration" and the figures do
 * not depend on how many held-out learners there are.
 */
export function evaluateHeldOut(bank: readonly SimItem[], calibrated: readonly Estimate[], simulation: LearnerSimulation, order: ItemOrder): HeldOutFigures {
  const predictions: number[] = [];
  const outcomes: number[] = [];
  const chances: number[] = [];
  const results = runCohort(bank, () => [...calibrated], simulation, simulation.heldOutLearners, order, createRandom(deriveSeed(simulation.seed, 2)), (p, y, c) => {
    predictions.push(p);
    outcomes.push(y);
    chances.push(c);
  });
  const topicIndexes = [...Array(simulation.bank.topics).keys()];
  const estimatedTopic = results.flatMap(({ model }) => topicIndexes.map((t) => estimatedSkill(model, t).value));
  const trueTopic = results.flatMap(({ skills }) => skills);
  return {
    answers: predictions.length,
    auc: auc(predictions, outcomes),
    trueAuc: auc(chances, outcomes),
    logLoss: logLoss(predictions, outcomes),
    rmseBins: binnedRmse(predictions, outcomes),
    topicCorrelation: pearson(estimatedTopic, trueTopic),
    learnerCorrelation: pearson(
      results.map(({ model }) => model.course.value + mean(model.topics.map((t) => t.value))),
      results.map(({ skills }) => mean(skills)),
    ),
    skillBias: mean(estimatedTopic.map((value, i) => value - trueTopic[i]!)),
  };
}

/**
 * Mean calibrated minus mean true difficulty. Elo fixes its scale only by starting everyone at
 * 0, so a population that learns while it answers drags question estimates below the truth.
 */
export function calibrationShift(bank: readonly SimItem[], calibrated: readonly Estimate[]): number {
  return mean(calibrated.map((q) => q.value)) - mean(bank.map((item) => item.difficulty));
}

export function createSimulatedBank(simulation: LearnerSimulation): SimItem[] {
  return createItemBank(simulation.bank, createRandom(deriveSeed(simulation.seed, 0)));
}
