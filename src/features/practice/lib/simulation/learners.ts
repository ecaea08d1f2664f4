/**
 * Simulated learners and questions whose true parameters are known, so the app's learner model
 * can be checked against the truth. The truth is richer than the app's model on purpose: items
 * follow 2PL (each has its own discrimination), choice items 3PL (a guessing floor), and
 * learners get better as they practise.
 */
import type { Random } from "./random";

export type SimItem = { id: number; topic: number; discrimination: number; difficulty: number; guess: number };

export type SimLearner = { ability: number; skills: number[]; answered: number[] };

export type BankShape = { topics: number; itemsPerTopic: number; choiceShare: number };

/** A single-choice question with 4 options: a blind guess is right a quarter of the time. */
export const CHOICE_GUESS = 1 / 4;

/** The skill at which the true chance on an average question (a = 1, b = 0, no guess) is 75%: ln 3. */
export const TRUE_PROFICIENT_SKILL = Math.log(3);

export function createItemBank(shape: BankShape, random: Random): SimItem[] {
  const items: SimItem[] = [];
  for (let topic = 0; topic < shape.topics; topic++) {
    for (let k = 0; k < shape.itemsPerTopic; k++) {
      items.push({
        id: items.length,
        topic,
        // Lognormal with median 1: most items discriminate like the app's 1PL assumes, some do not.
        discrimination: Math.exp(0.3 * random.normal()),
        difficulty: random.normal(),
        guess: random.uniform() < shape.choiceShare ? CHOICE_GUESS : 0,
      });
    }
  }
  return items;
}

/** True skill on a topic = ability + a topic deviation ~ N(0, 0.5); nothing learned yet. */
export function createLearner(ability: number, topics: number, random: Random): SimLearner {
  const skills = Array.from({ length: topics }, () => ability + 0.5 * random.normal());
  return { ability, skills, answered: new Array<number>(topics).fill(0) };
}

export function trueChance(skill: number, item: SimItem): number {
  return item.guess + (1 - item.guess) / (1 + Math.exp(-item.discrimination * (skill - item.difficulty)));
}

/**
 * The gain from the n-th practice answer on a topic: 0.06 at first, halved by the 30th answer,
 * so an average learner crosses the proficiency threshold after roughly 25 answers.
 */
export function learningGain(answeredBefore: number): number {
  return 0.06 / (1 + answeredBefore / 30);
}

/** The learner answers `item` (1 right, 0 wrong) and learns a little from it, right or wrong. */
export function answer(learner: SimLearner, item: SimItem, random: Random): { correct: number; chance: number } {
  const chance = trueChance(learner.skills[item.topic]!, item);
  const correct = random.uniform() < chance ? 1 : 0;
  learner.skills[item.topic]! += learningGain(learner.answered[item.topic]!);
  learner.answered[item.topic]!++;
  return { correct, chance };
}
