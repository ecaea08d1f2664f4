import { describe, expect, it } from "vitest";
import type { AttemptState } from "@/drizzle/schema/enum-values";
import { aggregateAttemptGrades, hasAttemptsAwaitingGrading, type GradableAttempt } from "@/features/tests/lib/grading-method";

function attempt(attemptNumber: number, state: AttemptState, score: number | null = null, maxScore: number | null = 10): GradableAttempt {
  return { attemptNumber, state, score, maxScore, submittedAt: state === "in_progress" ? null : new Date(2030, 0, attemptNumber) };
}

// Listed out of order on purpose: order comes from attemptNumber.
const THREE_GRADED = [attempt(2, "graded", 9), attempt(1, "graded", 6), attempt(3, "graded", 3)];

describe("aggregateAttemptGrades", () => {
  it("highest takes the best fraction", () => {
    expect(aggregateAttemptGrades("highest", THREE_GRADED)).toEqual({ score: 9, maxScore: 10, fraction: 0.9, countedAttemptNumbers: [2], pending: false });
  });

  it("highest compares fractions, not raw scores, when maximums differ", () => {
    const attempts = [attempt(1, "graded", 8, 20), attempt(2, "graded", 6, 10)];
    expect(aggregateAttemptGrades("highest", attempts)).toMatchObject({ score: 6, maxScore: 10, fraction: 0.6, countedAttemptNumbers: [2] });
  });

  it("highest keeps the earliest of tied attempts", () => {
    expect(aggregateAttemptGrades("highest", [attempt(2, "graded", 5), attempt(1, "graded", 5)])?.countedAttemptNumbers).toEqual([1]);
  });

  it("average takes the mean of fractions, scaled to the latest graded maximum", () => {
    // (0.4 + 1.0) / 2 = 0.7 of the latest maximum 10
    const result = aggregateAttemptGrades("average", [attempt(1, "graded", 8, 20), attempt(2, "graded", 10, 10)]);
    expect(result?.fraction).toBeCloseTo(0.7, 12);
    expect(result?.score).toBeCloseTo(7, 12);
    expect(result).toMatchObject({ maxScore: 10, countedAttemptNumbers: [1, 2], pending: false });
  });

  it("first and last go by attemptNumber", () => {
    expect(aggregateAttemptGrades("first", THREE_GRADED)).toMatchObject({ score: 6, countedAttemptNumbers: [1] });
    expect(aggregateAttemptGrades("last", THREE_GRADED)).toMatchObject({ score: 3, countedAttemptNumbers: [3] });
  });

  it("counts only graded attempts", () => {
    const attempts = [attempt(1, "abandoned", 0), attempt(2, "graded", 4), attempt(3, "in_progress", 10), attempt(4, "submitted", 10)];
    for (const method of ["highest", "average", "first", "last"] as const) {
      expect(aggregateAttemptGrades(method, attempts)?.countedAttemptNumbers).toEqual([2]);
    }
  });

  it("returns null when nothing is graded, even with attempts awaiting a teacher", () => {
    const attempts = [attempt(1, "submitted", 5), attempt(2, "in_progress")];
    expect(aggregateAttemptGrades("highest", attempts)).toBeNull();
    expect(aggregateAttemptGrades("last", [])).toBeNull();
    expect(hasAttemptsAwaitingGrading(attempts)).toBe(true);
    expect(hasAttemptsAwaitingGrading([attempt(1, "graded", 5), attempt(2, "in_progress")])).toBe(false);
  });

  it("ignores a graded attempt without a score or with a zero maximum rather than dividing by 0", () => {
    const attempts = [attempt(1, "graded", null), attempt(2, "graded", 0, 0), attempt(3, "graded", 7)];
    expect(aggregateAttemptGrades("first", attempts)).toMatchObject({ score: 7, countedAttemptNumbers: [3] });
  });
});

describe("aggregateAttemptGrades — pending", () => {
  it("is pending under highest and average while any attempt awaits a teacher", () => {
    const attempts = [attempt(1, "graded", 6), attempt(2, "overdue", 2)];
    expect(aggregateAttemptGrades("highest", attempts)?.pending).toBe(true);
    expect(aggregateAttemptGrades("average", attempts)?.pending).toBe(true);
  });

  it("is not pending under highest once full marks are reached", () => {
    expect(aggregateAttemptGrades("highest", [attempt(1, "graded", 10), attempt(2, "submitted", 3)])?.pending).toBe(false);
  });

  it("under first, is pending only for an earlier attempt awaiting a teacher", () => {
    expect(aggregateAttemptGrades("first", [attempt(1, "submitted", 2), attempt(2, "graded", 6)])).toMatchObject({ countedAttemptNumbers: [2], pending: true });
    expect(aggregateAttemptGrades("first", [attempt(1, "graded", 6), attempt(2, "submitted", 2)])?.pending).toBe(false);
  });

  it("under last, is pending only for a later attempt awaiting a teacher", () => {
    expect(aggregateAttemptGrades("last", [attempt(1, "graded", 6), attempt(2, "submitted", 2)])).toMatchObject({ countedAttemptNumbers: [1], pending: true });
    expect(aggregateAttemptGrades("last", [attempt(1, "submitted", 2), attempt(2, "graded", 6)])?.pending).toBe(false);
  });

  it("is not pending for attempts still in progress", () => {
    expect(aggregateAttemptGrades("average", [attempt(1, "graded", 6), attempt(2, "in_progress")])?.pending).toBe(false);
  });
});
