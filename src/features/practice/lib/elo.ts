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
