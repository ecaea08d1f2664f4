/**
 * Scores FSRS (ts-fsrs, default parameters) and the SM-2 baseline on simulated review
 * histories: before each review after the first, each predicts recall from the history so far.
 * Both see the outcome as a pass/fail rating: Again for a lapse, Good for a recall (grades 2
 * and 5 for SM-2).
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card } from "ts-fsrs";
import { binnedRmse, logLoss, mean } from "./metrics";
import type { ReviewEvent } from "./reviews";
import { INITIAL_SM2, reviewSm2, sm2Recall } from "./sm2";

const DAY_MS = 24 * 60 * 60 * 1000;
const START = Date.UTC(2025, 0, 6, 9);
const scheduler = fsrs(generatorParameters());

const dateOf = (day: number) => new Date(START + day * DAY_MS);

export function predictFsrs(history: readonly ReviewEvent[]): number[] {
  const predictions: number[] = [];
  let card: Card = createEmptyCard(dateOf(0));
  history.forEach((event, k) => {
    const now = dateOf(event.day);
    if (k > 0) predictions.push(scheduler.get_retrievability(card, now, false));
    card = scheduler.next(card, now, event.recalled ? Rating.Good : Rating.Again).card;
  });
  return predictions;
}

export function predictSm2(history: readonly ReviewEvent[]): number[] {
  const predictions: number[] = [];
  let state = INITIAL_SM2;
  let lastDay = 0;
  history.forEach((event, k) => {
    if (k > 0) predictions.push(sm2Recall(event.day - lastDay, state));
    state = reviewSm2(state, event.recalled ? 5 : 2);
    lastDay = event.day;
  });
  return predictions;
}

export type ReviewFigures = {
  reviews: number;
  recallRate: number;
  fsrs: { logLoss: number; rmseBins: number };
  sm2: { logLoss: number; rmseBins: number };
  /** The true recall probabilities: the floor for log loss on these reviews. */
  truth: { logLoss: number; rmseBins: number };
};

export function evaluateReviewModels(histories: readonly ReviewEvent[][]): ReviewFigures {
  const predicted = histories.flatMap((history) => history.slice(1));
  const outcomes = predicted.map((event) => (event.recalled ? 1 : 0));
  const score = (predictions: number[]) => ({ logLoss: logLoss(predictions, outcomes), rmseBins: binnedRmse(predictions, outcomes) });
  return {
    reviews: outcomes.length,
    recallRate: mean(outcomes),
    fsrs: score(histories.flatMap(predictFsrs)),
    sm2: score(histories.flatMap(predictSm2)),
    truth: score(predicted.map((event) => event.trueRecall)),
  };
}
