import type { AttemptState, GradingMethod } from "@/drizzle/schema/enum-values";

export interface GradableAttempt {
  attemptNumber: number;
  state: AttemptState;
  score: number | null;
  maxScore: number | null;
  /** Not used for ordering: attemptNumber is the order a learner took them in. */
  submittedAt: Date | null;
}

export interface AggregatedGrade {
  score: number;
  maxScore: number;
  fraction: number;
  countedAttemptNumbers: number[];
  /** True while a teacher's grading of a submitted or overdue attempt could still change this grade. */
  pending: boolean;
}

/** Submitted and overdue attempts wait for a teacher; they count once graded. */
const AWAITING_TEACHER: ReadonlySet<AttemptState> = new Set<AttemptState>(["submitted", "overdue"]);

interface CountedAttempt {
  attemptNumber: number;
  score: number;
  maxScore: number;
  fraction: number;
}

function toCounted(attempt: GradableAttempt): CountedAttempt | null {
  const { state, score, maxScore, attemptNumber } = attempt;
  if (state !== "graded" || score === null || maxScore === null || !(maxScore > 0)) return null;
  return { attemptNumber, score, maxScore, fraction: score / maxScore };
}

/**
 * The learner's grade for a test under its grading method, from graded attempts only (in
 * progress, abandoned and awaiting-a-teacher attempts do not count); null when none is graded.
 * highest: the best fraction (the earliest on a tie); average: the mean fraction, scaled to the
 * latest graded attempt's maximum; first / last: by attemptNumber among graded attempts.
 */
export function aggregateAttemptGrades(method: GradingMethod, attempts: readonly GradableAttempt[]): AggregatedGrade | null {
  const graded = attempts
    .map(toCounted)
    .filter((attempt): attempt is CountedAttempt => attempt !== null)
    .sort((a, b) => a.attemptNumber - b.attemptNumber);
  const first = graded[0];
  const last = graded.at(-1);
  if (!first || !last) return null;
  const awaiting = attempts.filter((attempt) => AWAITING_TEACHER.has(attempt.state)).map((attempt) => attempt.attemptNumber);

  switch (method) {
    case "highest": {
      const best = graded.reduce((top, attempt) => (attempt.fraction > top.fraction ? attempt : top), first);
      // Nothing beats full marks, so awaiting attempts cannot change it then.
      return single(best, awaiting.length > 0 && best.fraction < 1);
    }
    case "average": {
      const fraction = graded.reduce((sum, attempt) => sum + attempt.fraction, 0) / graded.length;
      return {
        score: fraction * last.maxScore,
        maxScore: last.maxScore,
        fraction,
        countedAttemptNumbers: graded.map((attempt) => attempt.attemptNumber),
        pending: awaiting.length > 0,
      };
    }
    case "first":
      // An earlier attempt, once graded, becomes the first.
      return single(first, awaiting.some((number) => number < first.attemptNumber));
    case "last":
      return single(last, awaiting.some((number) => number > last.attemptNumber));
  }
}

function single(attempt: CountedAttempt, pending: boolean): AggregatedGrade {
  const { score, maxScore, fraction, attemptNumber } = attempt;
  return { score, maxScore, fraction, countedAttemptNumbers: [attemptNumber], pending };
}

/** Whether any attempt waits for a teacher — for "grade pending" when aggregateAttemptGrades returns null. */
export function hasAttemptsAwaitingGrading(attempts: readonly Pick<GradableAttempt, "state">[]): boolean {
  return attempts.some((attempt) => AWAITING_TEACHER.has(attempt.state));
}
