import { answerInformation, predictCorrect, standardError } from "./elo";
import { TARGET_SUCCESS, type TopicState } from "./select";

/**
 * The placement check: a short adaptive diagnostic for a learner new to a course. Questions are
 * spread over the course's topics, each pitched where it tells most about the learner (a
 * predicted success near one half, above it by the guessing floor). It stops once the skill
 * estimate's standard error is small enough — about a dozen answers — or at the cap.
 */
// A 4-option question tells at most ~0.15 (Fisher information) about the skill, a typed answer
// ~0.25: an error of 0.75 takes about 12 choice questions or 8 typed ones.
export const PLACEMENT_RULES = { minItems: 6, maxItems: 15, targetStandardError: 0.75 } as const;

export type PlacementAnswer = { topicId: string; difficulty: number; guess: number };

/** The success rate at which an answer is most informative: ½ lifted by the guessing floor. */
export function informativeTarget(guess: number): number {
  return guess + (1 - guess) * 0.5;
}

/** The standard error of the course skill after these answers, evaluated at the current estimate. */
export function placementStandardError(skill: number, answers: readonly PlacementAnswer[]): number {
  return standardError(answers.reduce((total, answer) => total + answerInformation(skill, answer.difficulty, answer.guess), 0));
}

export function placementShouldStop(skill: number, answers: readonly PlacementAnswer[], poolLeft: number): boolean {
  const information = answers.reduce((total, answer) => total + answerInformation(skill, answer.difficulty, answer.guess), 0);
  return placementShouldStopWith(information, answers.length, poolLeft);
}

/** The stopping rule on the information already gathered: cap, empty pool, or a small enough error. */
export function placementShouldStopWith(information: number, answered: number, poolLeft: number): boolean {
  if (poolLeft === 0 || answered >= PLACEMENT_RULES.maxItems) return true;
  if (answered < PLACEMENT_RULES.minItems) return false;
  return standardError(information) <= PLACEMENT_RULES.targetStandardError;
}

/**
 * The next topic to ask about: one asked least so far; among those, the one farthest (in course
 * order) from the topics already asked, so a dozen questions cover the whole course.
 */
export function choosePlacementTopic(topics: readonly TopicState[], answers: readonly PlacementAnswer[]): TopicState | null {
  const practisable = topics.filter((topic) => topic.questionCount > 0);
  if (practisable.length === 0) return null;
  const asked = new Map<string, number>();
  for (const answer of answers) asked.set(answer.topicId, (asked.get(answer.topicId) ?? 0) + 1);
  const fewest = Math.min(...practisable.map((topic) => asked.get(topic.topicId) ?? 0));
  const least = practisable.filter((topic) => (asked.get(topic.topicId) ?? 0) === fewest);
  const askedPositions = practisable.filter((topic) => asked.has(topic.topicId)).map((topic) => topic.position);
  if (askedPositions.length === 0) return [...least].sort((a, b) => a.position - b.position)[Math.floor((least.length - 1) / 2)] ?? null;
  const distance = (topic: TopicState) => Math.min(...askedPositions.map((position) => Math.abs(position - topic.position)));
  return [...least].sort((a, b) => distance(b) - distance(a) || a.position - b.position)[0] ?? null;
}

export type PlacementTopicResult = { topicId: string; slug: string; name: string; chance: number; likelyKnown: boolean };
export type PlacementResult = {
  answered: number;
  correct: number;
  standardError: number;
  topics: PlacementTopicResult[];
  /** The first topic in course order the learner is not predicted to know: where to start. */
  startTopicId: string | null;
};

/** Where the check places the learner: each topic's predicted success on an average question. */
export function placementResult(
  topics: readonly TopicState[],
  summary: { answered: number; correct: number; standardError: number },
): PlacementResult {
  const ordered = [...topics].filter((topic) => topic.questionCount > 0).sort((a, b) => a.position - b.position);
  const results = ordered.map((topic) => {
    const chance = predictCorrect(topic.skill.value, 0);
    return { topicId: topic.topicId, slug: topic.slug, name: topic.name, chance, likelyKnown: chance >= TARGET_SUCCESS };
  });
  return { ...summary, topics: results, startTopicId: results.find((topic) => !topic.likelyKnown)?.topicId ?? null };
}
