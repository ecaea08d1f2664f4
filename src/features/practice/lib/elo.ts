/**
 * The learner model for adaptive practice: an online Elo-style model after Pelánek's work on
 * Elo for adaptive practice. Each learner has a skill θ per topic, each question a difficulty
 * b; the chance of a correct answer is the logistic of θ − b (lifted by the chance of a lucky
 * guess for choice questions). After each answer both move by the surprise (result − expected),
 * with a step that shrinks as evidence accumulates: K(n) = α / (1 + β·n).
 */

export type EloSettings = { alpha: number; beta: number };

/** α and β from Pelánek's experiments with an uncertainty function (fast at first, then stable). */
export const DEFAULT_ELO: EloSettings = { alpha: 0.8, beta: 0.05 };

export type Estimate = { value: number; count: number };

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** Step size after `count` earlier updates of the same estimate. */
export function stepSize(count: number, settings: EloSettings = DEFAULT_ELO): number {
  return settings.alpha / (1 + settings.beta * Math.max(0, count));
}

/**
 * The predicted probability of a correct answer. `guess` is the chance of a blind guess being
 * right (1/k for a single-choice question with k options, 0 for typed answers).
 */
export function predictCorrect(skill: number, difficulty: number, guess = 0): number {
  const chance = Math.min(Math.max(guess, 0), 0.99);
  return chance + (1 - chance) * logistic(skill - difficulty);
}

/**
 * One practice answer: `result` is 1 (correct), 0 (wrong) or a partial mark in between.
 * Returns the new skill and difficulty with their evidence counts.
 */
export function updateAfterAnswer(
  learner: Estimate,
  question: Estimate,
  result: number,
  options: { guess?: number; settings?: EloSettings } = {},
): { learner: Estimate; question: Estimate; expected: number } {
  if (!Number.isFinite(result) || result < 0 || result > 1) throw new RangeError(`A result is between 0 and 1 (got ${result})`);
  const expected = predictCorrect(learner.value, question.value, options.guess);
  const surprise = result - expected;
  return {
    expected,
    learner: { value: learner.value + stepSize(learner.count, options.settings) * surprise, count: learner.count + 1 },
    question: { value: question.value - stepSize(question.count, options.settings) * surprise, count: question.count + 1 },
  };
}

export const MASTERY_LEVELS = ["not_started", "attempted", "familiar", "proficient", "mastered"] as const;
export type MasteryLevel = (typeof MASTERY_LEVELS)[number];

/**
 * Mastery from the skill and the amount of evidence: a high skill on two answers is luck, not
 * mastery. Thresholds are on the predicted chance against an average question (b = 0).
 */
export function masteryLevel(skill: Estimate): MasteryLevel {
  if (skill.count === 0) return "not_started";
  const chance = predictCorrect(skill.value, 0);
  if (skill.count >= 10 && chance >= 0.9) return "mastered";
  if (skill.count >= 6 && chance >= 0.75) return "proficient";
  if (skill.count >= 3 && chance >= 0.55) return "familiar";
  return "attempted";
}

/**
 * The hierarchical model used in the app (after Pelánek's hierarchical Elo with a global skill
 * and concept skills): a learner's skill on a topic is their course skill plus a topic offset.
 * One answer moves the course skill, the topic offset and the question's difficulty by the same
 * surprise, each with its own uncertainty-dependent step. The course skill makes a new topic
 * start from what the learner showed elsewhere in the course; the offset learns the topic.
 */
export type HierarchicalSettings = { course: EloSettings; topic: EloSettings; question: EloSettings };

export const DEFAULT_HIERARCHICAL: HierarchicalSettings = {
  course: { alpha: 0.4, beta: 0.02 },
  topic: DEFAULT_ELO,
  question: DEFAULT_ELO,
};

export type LearnerTopicState = { course: Estimate; topic: Estimate };

/** The learner's skill on a topic (course skill + topic offset), with the topic's evidence count. */
export function topicSkill(state: LearnerTopicState): Estimate {
  return { value: state.course.value + state.topic.value, count: state.topic.count };
}

export function updateHierarchical(
  state: LearnerTopicState,
  question: Estimate,
  result: number,
  options: { guess?: number; settings?: HierarchicalSettings } = {},
): { course: Estimate; topic: Estimate; question: Estimate; expected: number } {
  if (!Number.isFinite(result) || result < 0 || result > 1) throw new RangeError(`A result is between 0 and 1 (got ${result})`);
  const settings = options.settings ?? DEFAULT_HIERARCHICAL;
  const expected = predictCorrect(topicSkill(state).value, question.value, options.guess);
  const surprise = result - expected;
  return {
    expected,
    course: { value: state.course.value + stepSize(state.course.count, settings.course) * surprise, count: state.course.count + 1 },
    topic: { value: state.topic.value + stepSize(state.topic.count, settings.topic) * surprise, count: state.topic.count + 1 },
    question: { value: question.value - stepSize(question.count, settings.question) * surprise, count: question.count + 1 },
  };
}

/**
 * Fisher information of one answer about the learner's skill (1PL with a guessing floor):
 * (dp/dθ)² / (p(1 − p)). It peaks near p = ½ (a little above with guessing).
 */
export function answerInformation(skill: number, difficulty: number, guess = 0): number {
  const chance = Math.min(Math.max(guess, 0), 0.99);
  const sigma = logistic(skill - difficulty);
  const p = chance + (1 - chance) * sigma;
  const slope = (1 - chance) * sigma * (1 - sigma);
  return p <= 0 || p >= 1 ? 0 : (slope * slope) / (p * (1 - p));
}

/** The standard error of a skill estimate after answers with this total information (∞ with none). */
export function standardError(totalInformation: number): number {
  return totalInformation > 0 ? 1 / Math.sqrt(totalInformation) : Number.POSITIVE_INFINITY;
}
