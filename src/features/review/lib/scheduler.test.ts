import { describe, expect, expectTypeOf, it } from "vitest";
import { State } from "ts-fsrs";
import type { ReviewCard } from "@/drizzle/schema/review";
import { REVIEW_STATES } from "@/drizzle/schema/enum-values";
import { formatInterval, fromFsrsCard, newCardMemory, previewIntervals, recallProbability, scheduleReview, toFsrsCard, type CardMemory } from "./scheduler";

const DAY = 86_400_000;
const now = new Date("2026-03-10T12:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

/** A card last seen 20 days ago, due now, as after a few successful reviews. */
const reviewCard: CardMemory = {
  due: now,
  stability: 20,
  difficulty: 5,
  elapsedDays: 8,
  scheduledDays: 20,
  learningSteps: 0,
  reps: 5,
  lapses: 0,
  state: "review",
  lastReview: new Date(now.getTime() - 20 * DAY),
};

describe("CardMemory", () => {
  it("has exactly the memory columns of review_cards", () => {
    expectTypeOf<Pick<ReviewCard, keyof CardMemory>>().toEqualTypeOf<CardMemory>();
  });
});

describe("newCardMemory", () => {
  it("is a new, never-reviewed card due at the given time", () => {
    expect(newCardMemory(now)).toEqual({ due: now, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: "new", lastReview: null });
  });
});

describe("toFsrsCard / fromFsrsCard", () => {
  it("round-trips every state and maps it to ts-fsrs's enum in order", () => {
    REVIEW_STATES.forEach((state, index) => {
      const memory: CardMemory = { ...reviewCard, state };
      expect(toFsrsCard(memory).state).toBe(index);
      expect(fromFsrsCard(toFsrsCard(memory))).toEqual(memory);
    });
    expect(toFsrsCard(reviewCard).state).toBe(State.Review);
  });

  it("keeps a missing last review as null", () => {
    const memory = newCardMemory(now);
    expect(toFsrsCard(memory).last_review).toBeUndefined();
    expect(fromFsrsCard(toFsrsCard(memory)).lastReview).toBeNull();
  });
});

describe("scheduleReview", () => {
  const dueAfter = (memory: CardMemory, rating: 1 | 2 | 3 | 4, retention = 0.9) => scheduleReview(memory, rating, now, retention).next.due.getTime();

  it("brings a new card back later for each better rating", () => {
    const card = newCardMemory(now);
    expect(dueAfter(card, 2)).toBeGreaterThan(dueAfter(card, 1));
    expect(dueAfter(card, 3)).toBeGreaterThan(dueAfter(card, 2));
    expect(dueAfter(card, 4)).toBeGreaterThan(dueAfter(card, 3));
  });

  it("sends a new card rated Good to the 10-minute learning step and Easy straight to review", () => {
    const good = scheduleReview(newCardMemory(now), 3, now, 0.9).next;
    expect(good).toMatchObject({ state: "learning", learningSteps: 1, reps: 1, lastReview: now });
    expect(good.due).toEqual(later(10 * 60_000));
    expect(scheduleReview(newCardMemory(now), 4, now, 0.9).next.state).toBe("review");
  });

  it("gives a review card shorter intervals for a higher desired retention", () => {
    expect(dueAfter(reviewCard, 3, 0.95)).toBeLessThan(dueAfter(reviewCard, 3, 0.9));
    expect(dueAfter(reviewCard, 3, 0.9)).toBeLessThan(dueAfter(reviewCard, 3, 0.8));
  });

  it("is deterministic for one card and one review time, though fuzz is on", () => {
    expect(scheduleReview(reviewCard, 3, now, 0.9)).toEqual(scheduleReview(reviewCard, 3, now, 0.9));
    // The fuzz seed includes the review time, so nearby instants spread over several days.
    const intervals = new Set(Array.from({ length: 20 }, (_, i) => scheduleReview(reviewCard, 3, later(i), 0.9).next.scheduledDays));
    expect(intervals.size).toBeGreaterThan(1);
  });

  it("logs the card as it was before the review", () => {
    const { next, log } = scheduleReview(reviewCard, 1, now, 0.9);
    expect(next).toMatchObject({ state: "relearning", lapses: 1, reps: 6 });
    expect(log).toEqual({
      reviewNumber: 5,
      rating: 1,
      state: "review",
      due: reviewCard.due,
      stability: 20,
      difficulty: 5,
      elapsedDays: 20,
      lastElapsedDays: 8,
      scheduledDays: 20,
      learningSteps: 0,
      desiredRetention: 0.9,
      nextDue: next.due,
      reviewedAt: now,
    });
  });

  it("rejects a desired retention outside 0.7..0.99, a bad rating and a review before the last one", () => {
    for (const retention of [0.69, 1, 0.995, Number.NaN]) {
      expect(() => scheduleReview(reviewCard, 3, now, retention)).toThrow(RangeError);
    }
    expect(() => scheduleReview(reviewCard, 3, now, 0.7)).not.toThrow();
    expect(() => scheduleReview(reviewCard, 5 as 4, now, 0.9)).toThrow(RangeError);
    expect(() => scheduleReview(reviewCard, 3, new Date(reviewCard.due.getTime() - 21 * DAY), 0.9)).toThrow(RangeError);
  });
});

describe("previewIntervals", () => {
  it("matches what each rating would actually schedule at that instant", () => {
    const preview = previewIntervals(reviewCard, now, 0.9);
    for (const rating of [1, 2, 3, 4] as const) {
      expect(preview[rating]).toEqual(scheduleReview(reviewCard, rating, now, 0.9).next.due);
    }
    expect(formatInterval(now, preview[1])).toBe("10 min");
  });
});

describe("recallProbability", () => {
  it("is 0 for a new card", () => {
    expect(recallProbability(newCardMemory(now), now)).toBe(0);
  });

  it("is 90% after as many days as the stability, and falls with time", () => {
    const lastReview = reviewCard.lastReview ?? now;
    const atStability = new Date(lastReview.getTime() + 20 * DAY);
    expect(recallProbability(reviewCard, atStability)).toBeCloseTo(0.9, 3);
    expect(recallProbability(reviewCard, new Date(lastReview.getTime() + 5 * DAY))).toBeGreaterThan(0.9);
    expect(recallProbability(reviewCard, new Date(lastReview.getTime() + 60 * DAY))).toBeLessThan(0.9);
  });
});

describe("formatInterval", () => {
  it("uses the unit a person would say", () => {
    expect(formatInterval(now, later(30_000))).toBe("<1 min");
    expect(formatInterval(now, later(10 * 60_000))).toBe("10 min");
    expect(formatInterval(now, later(59.6 * 60_000))).toBe("1 h");
    expect(formatInterval(now, later(5 * 3_600_000))).toBe("5 h");
    expect(formatInterval(now, later(3 * DAY))).toBe("3 d");
    expect(formatInterval(now, later(61 * DAY))).toBe("2 mo");
    expect(formatInterval(now, later(438 * DAY))).toBe("1.2 y");
    expect(formatInterval(now, later(730 * DAY))).toBe("2 y");
  });

  it("reads a due date in the past as less than a minute", () => {
    expect(formatInterval(now, later(-DAY))).toBe("<1 min");
  });
});
