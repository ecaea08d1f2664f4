/**
 * The app's learner model driven exactly as the app drives it: one course skill, one offset per
 * topic and one difficulty per question, all moved online by `updateHierarchical` after each
 * answer, with the guessing floor given for choice questions.
 */
import { predictCorrect, topicSkill, updateHierarchical, type Estimate, type HierarchicalSettings } from "@/features/practice/lib/elo";
import { answer, type SimItem, type SimLearner } from "./learners";
import type { Random } from "./random";

export type ModelLearner = { course: Estimate; topics: Estimate[] };

export type ItemOrder = "random" | "adaptive";

const fresh = (): Estimate => ({ value: 0, count: 0 });

export function createModelLearner(topics: number): ModelLearner {
  return { course: fresh(), topics: Array.from({ length: topics }, fresh) };
}

export function freshQuestions(count: number): Estimate[] {
  return Array.from({ length: count }, fresh);
}

export function estimatedSkill(model: ModelLearner, topic: number): Estimate {
  return topicSkill({ course: model.course, topic: model.topics[topic]! });
}

export function predictFor(model: ModelLearner, questions: readonly Estimate[], item: SimItem): number {
  return predictCorrect(estimatedSkill(model, item.topic).value, questions[item.id]!.value, item.guess);
}

/** One answer: the model predicts, the simulated learner answers (and learns), the model updates. */
export function practise(
  model: ModelLearner,
  questions: Estimate[],
  learner: SimLearner,
  item: SimItem,
  settings: HierarchicalSettings,
  random: Random,
): { expected: number; correct: number; chance: number } {
  const { correct, chance } = answer(learner, item, random);
  const next = updateHierarchical({ course: model.course, topic: model.topics[item.topic]! }, questions[item.id]!, correct, {
    guess: item.guess,
    settings,
  });
  model.course = next.course;
  model.topics[item.topic] = next.topic;
  questions[item.id] = next.question;
  return { expected: next.expected, correct, chance };
}

/** The app's adaptive target: questions the learner should get right three times in four. */
const ADAPTIVE_TARGET = 0.75;

/**
 * Draws a topic's questions without repeats until all were used, then starts another pass.
 * "random" draws uniformly; "adaptive" takes the question predicted nearest a 75% success.
 */
export function createItemPicker(topicItems: readonly SimItem[], order: ItemOrder, random: Random) {
  let remaining = [...topicItems];
  return (model: ModelLearner, questions: readonly Estimate[]): SimItem => {
    if (remaining.length === 0) remaining = [...topicItems];
    let index = 0;
    if (order === "random") index = random.int(remaining.length);
    else {
      let best = Number.POSITIVE_INFINITY;
      remaining.forEach((item, i) => {
        const gap = Math.abs(predictFor(model, questions, item) - ADAPTIVE_TARGET);
        if (gap < best) [best, index] = [gap, i];
      });
    }
    const [item] = remaining.splice(index, 1);
    return item!;
  };
}
