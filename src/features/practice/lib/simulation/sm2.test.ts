import { describe, expect, it } from "vitest";
import { easinessChange, INITIAL_SM2, reviewSm2, sm2Recall, type Sm2State } from "./sm2";

const run = (grades: number[]) => {
  const states: Sm2State[] = [];
  grades.reduce((state, grade) => {
    const next = reviewSm2(state, grade);
    states.push(next);
    return next;
  }, INITIAL_SM2);
  return states;
};

describe("reviewSm2", () => {
  it("schedules 1, 6, then the previous interval times EF on perfect recalls", () => {
    const states = run([5, 5, 5, 5]);
    // EF: 2.6, 2.7, 2.8, 2.9; the third interval is round(6 × 2.7), the fourth round(16 × 2.8).
    expect(states.map((s) => s.interval)).toEqual([1, 6, 16, 45]);
    expect(states[3]!.easiness).toBeCloseTo(2.9, 12);
    expect(states[3]!.repetitions).toBe(4);
  });

  it("applies the EF formula for each grade", () => {
    expect(easinessChange(5)).toBeCloseTo(0.1, 12);
    expect(easinessChange(4)).toBeCloseTo(0, 12);
    expect(easinessChange(3)).toBeCloseTo(-0.14, 12);
    expect(easinessChange(2)).toBeCloseTo(-0.32, 12);
    expect(easinessChange(0)).toBeCloseTo(-0.8, 12);
  });

  it("starts again at 1 day after a grade below 3, keeping the lowered EF", () => {
    const states = run([5, 5, 5, 2, 5, 5]);
    expect(states.map((s) => s.interval)).toEqual([1, 6, 16, 1, 1, 6]);
    expect(states[3]!.repetitions).toBe(0);
    expect(states[3]!.easiness).toBeCloseTo(2.8 - 0.32, 12);
  });

  it("never lets EF fall below 1.3", () => {
    expect(run([0, 0, 0, 0, 0])[4]!.easiness).toBe(1.3);
  });
});

describe("sm2Recall", () => {
  it("is 90% when the elapsed time equals the interval and 1 at no delay", () => {
    const state = { repetitions: 2, interval: 6, easiness: 2.5 };
    expect(sm2Recall(6, state)).toBeCloseTo(0.9, 12);
    expect(sm2Recall(0, state)).toBe(1);
    expect(sm2Recall(12, state)).toBeCloseTo(0.81, 12);
  });
});
