/**
 * Review histories from a known memory model that is not FSRS's own, so FSRS and SM-2 are both
 * judged against a truth neither assumes. Recall decays exponentially, R = exp(−t / S), with a
 * true stability S per learner × card. A recall multiplies S, more when recall was hard (low R:
 * the spacing effect); a lapse cuts it. Review days follow a noisy schedule that knows neither
 * model, so both are scored on the same reviews.
 */
import { createRandom, deriveSeed, type Random } from "./random";

export type ReviewEvent = { day: number; recalled: boolean; trueRecall: number };

export type ReviewSimulation = { seed: number; learners: number; cardsPerLearner: number; reviewsPerCard: number };

export const trueRecall = (elapsedDays: number, stability: number) => Math.exp(-elapsedDays / stability);

/**
 * Stability after a review: a recall multiplies it, the more the harder it was (low R); a lapse
 * keeps a quarter, but relearning the answer brings it back at least to the first study's level
 * (`floor`) — without that floor a card could spiral to certain failure.
 */
export function nextStability(stability: number, recall: number, recalled: boolean, growth: number, floor: number): number {
  return recalled ? stability * (1 + growth * (1 + 5 * (1 - recall))) : Math.max(floor, stability / 4);
}

/**
 * The schedule: 1 day after the first study or a lapse, otherwise the last interval × 2.2 with
 * lognormal jitter (σ = 0.5), in whole days, at most a year.
 */
export function nextInterval(previous: number, recalled: boolean, random: Random): number {
  if (!recalled) return 1;
  return Math.min(365, Math.max(1, Math.round(previous * 2.2 * Math.exp(0.5 * random.normal()))));
}

/**
 * One card's reviews. The first event is the first study (day 0): right with chance 0.7, and a
 * first miss halves the starting stability. `memory` and `growth` are the learner × card traits.
 */
export function simulateCard(reviews: number, memory: number, growth: number, random: Random): ReviewEvent[] {
  const firstRecalled = random.uniform() < 0.7;
  const events: ReviewEvent[] = [{ day: 0, recalled: firstRecalled, trueRecall: 0.7 }];
  let stability = memory * (firstRecalled ? 1 : 0.5);
  let interval = 1;
  let day = 0;
  for (let k = 1; k < reviews; k++) {
    day += interval;
    const recall = trueRecall(interval, stability);
    const recalled = random.uniform() < recall;
    events.push({ day, recalled, trueRecall: recall });
    stability = nextStability(stability, recall, recalled, growth, memory);
    interval = nextInterval(interval, recalled, random);
  }
  return events;
}

export function simulateReviewHistories(simulation: ReviewSimulation): ReviewEvent[][] {
  const random = createRandom(deriveSeed(simulation.seed, 10));
  const histories: ReviewEvent[][] = [];
  for (let l = 0; l < simulation.learners; l++) {
    const learnerMemory = 0.4 * random.normal();
    for (let c = 0; c < simulation.cardsPerLearner; c++) {
      // Starting stability: median 3 days, spread by learner and by card.
      const memory = 3 * Math.exp(learnerMemory + 0.5 * random.normal());
      const growth = 0.8 * Math.exp(0.3 * random.normal());
      histories.push(simulateCard(simulation.reviewsPerCard, memory, growth, random));
    }
  }
  return histories;
}
