/**
 * SuperMemo-2, the baseline for spaced review (as in Wikipedia's pseudocode and the open FSRS
 * benchmark): intervals 1, 6, then I × EF; a grade below 3 starts the repetitions again;
 * EF starts at 2.5, moves after every grade and never drops below 1.3.
 */

export type Sm2State = { repetitions: number; interval: number; easiness: number };

export const INITIAL_SM2: Sm2State = { repetitions: 0, interval: 0, easiness: 2.5 };

/** The EF change for a grade q in 0…5: +0.1 for 5, 0 for 4, −0.14 for 3, −0.32 for 2. */
export function easinessChange(grade: number): number {
  const miss = 5 - grade;
  return 0.1 - miss * (0.08 + miss * 0.02);
}

export function reviewSm2(state: Sm2State, grade: number): Sm2State {
  const easiness = Math.max(1.3, state.easiness + easinessChange(grade));
  if (grade < 3) return { repetitions: 0, interval: 1, easiness };
  // The interval grows by the EF held before this review, as the pseudocode orders it.
  const interval = state.repetitions === 0 ? 1 : state.repetitions === 1 ? 6 : Math.round(state.interval * state.easiness);
  return { repetitions: state.repetitions + 1, interval, easiness };
}

/**
 * SM-2 predicts no probability; the FSRS benchmark's convention reads its interval as the time
 * at which recall falls to 90%: R = 0.9^(t / I).
 */
export function sm2Recall(elapsedDays: number, state: Sm2State): number {
  return 0.9 ** (elapsedDays / Math.max(state.interval, 1));
}
