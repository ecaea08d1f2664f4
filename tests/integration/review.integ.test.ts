import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Database } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { formatInterval } from "@/features/review/lib/scheduler";
import { createDatabase } from "../support/services/postgres";
import { closeAppDatabase, useAppDatabase, type DriverUnderTest } from "../support/app-env";
import { buildPracticeFixture, type PracticeFixture } from "../support/fixtures/practice";

type App = {
  practice: typeof import("@/features/practice/db");
  review: typeof import("@/features/review/db");
  rate: typeof import("@/features/review/db-rate");
  cards: typeof import("@/features/review/db-cards");
};

async function openReviewOn(driver: DriverUnderTest): Promise<{ db: Database; app: App }> {
  const databaseUrl = driver === "pglite" ? undefined : await createDatabase(inject("databaseUrl"), `lf_review_${driver}_${Date.now()}`);
  const { dbModule } = await useAppDatabase(driver, { databaseUrl, neonProxyPort: inject("neonProxyPort") });
  const connection = await dbModule.getDatabaseConnection();
  await connection.migrate(dbModule.MIGRATIONS_FOLDER);
  const app: App = {
    practice: await import("@/features/practice/db"),
    review: await import("@/features/review/db"),
    rate: await import("@/features/review/db-rate"),
    cards: await import("@/features/review/db-cards"),
  };
  return { db: connection.db, app };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** When the practice happened; the missed question's card is due at the start of the next (UTC) day. */
const PRACTISED_AT = new Date("2030-03-10T15:00:00Z");
const CARD_DUE = new Date("2030-03-11T00:00:00Z");
const REVIEW_AT = new Date(CARD_DUE.getTime() + 9 * HOUR);
const noWarmUp = () => 0.99;

describe.each<DriverUnderTest>(["pglite", "pg"])("spaced review on %s", (driver) => {
  let app: App;
  let fx: PracticeFixture;

  beforeAll(async () => {
    let db: Database;
    ({ db, app } = await openReviewOn(driver));
    fx = await buildPracticeFixture(db);
  });
  afterAll(closeAppDatabase);

  /** A practice question answered by a fresh learner; a wrong answer leaves a review card. */
  async function practised(response: unknown) {
    const learner = await fx.newLearner();
    const served = await app.practice.servePracticeQuestion(learner, fx.courseSlug, "algebra", noWarmUp);
    await app.practice.recordPracticeAnswer(learner, served.itemId, response, 10_000, PRACTISED_AT);
    return { learner, itemId: served.itemId };
  }

  async function missedCard() {
    const { learner } = await practised(fx.wrong);
    const [card] = await fx.cardsOf(learner);
    expect(card).toMatchObject({ source: "practice_miss", reps: 0, due: CARD_DUE });
    return { learner, cardId: card!.id };
  }

  const rate = (learner: User, cardId: string, rating: 1 | 2 | 3 | 4, reps: number, now = REVIEW_AT) =>
    app.rate.rateReviewCard(learner, cardId, { rating, reps, durationMs: 9_000 }, now);

  it("suggests Again for a wrong answer and Good or Easy for a right one, writing nothing", async () => {
    const { learner, cardId } = await missedCard();
    const check = (response: unknown, durationMs: number) => app.rate.checkReviewAnswer(learner, cardId, response, durationMs, REVIEW_AT);
    await expect(check(fx.wrong, 9_000)).resolves.toMatchObject({ correct: false, score: 0, suggested: { rating: 1 } });
    await expect(check(fx.correct, 15_000)).resolves.toMatchObject({ correct: true, score: 1, suggested: { rating: 3 } });
    await expect(check(fx.correct, 3_000)).resolves.toMatchObject({ correct: true, suggested: { rating: 4 } });
    await expect(check({ optionId: "zz" }, 3_000)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await fx.card(cardId)).toMatchObject({ reps: 0, due: CARD_DUE });
    expect(await fx.logsOf([cardId])).toHaveLength(0);
  });

  it("logs a rating once, moves the card later and replays the same rating", async () => {
    const { learner, cardId } = await missedCard();
    const next = await app.review.selectNextReviewCard(learner, REVIEW_AT);
    expect(next).toMatchObject({ remaining: 1, card: { cardId, reps: 0, kind: "question", source: "practice_miss" } });

    const outcome = await rate(learner, cardId, 3, 0);
    expect(outcome).toMatchObject({ cardId, rating: 3, replayed: false });
    // The Good button showed when the card would come back.
    expect(next.card!.intervals[3]).toBe(formatInterval(REVIEW_AT, new Date(outcome.nextDue)));
    const card = await fx.card(cardId);
    expect(card.reps).toBe(1);
    expect(card.due.getTime()).toBeGreaterThan(REVIEW_AT.getTime());
    expect(card.due.toISOString()).toBe(outcome.nextDue);
    expect(await fx.logsOf([cardId])).toMatchObject([{ reviewNumber: 0, rating: 3, state: "new", due: CARD_DUE }]);
    expect(await app.review.selectReviewSummary(learner, REVIEW_AT)).toMatchObject({ reviewedToday: 1, totalCards: 1 });

    // The same request again (the card's reps as it was shown): the logged review, nothing new.
    await expect(rate(learner, cardId, 3, 0)).resolves.toEqual({ ...outcome, replayed: true });
    expect(await fx.logsOf([cardId])).toHaveLength(1);
    expect((await fx.card(cardId)).reps).toBe(1);
  });

  it("records one of 10 concurrent identical ratings", async () => {
    const { learner, cardId } = await missedCard();
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => rate(learner, cardId, 1, 0)));
    expect(outcomes.filter((outcome) => !outcome.replayed)).toHaveLength(1);
    expect(new Set(outcomes.map((outcome) => outcome.nextDue)).size).toBe(1);
    expect(await fx.logsOf([cardId])).toHaveLength(1);
    expect((await fx.card(cardId)).reps).toBe(1);
  });

  it("shows the next card to a request whose clock is behind a concurrent rating of it (two tabs)", async () => {
    const { learner, cardId } = await missedCard();
    const later = new Date(REVIEW_AT.getTime() + 1_000);
    await rate(learner, cardId, 1, 0, later);
    // "Again" keeps the card due today; the slower tab asks for the next card with its earlier clock.
    const next = await app.review.selectNextReviewCard(learner, REVIEW_AT);
    expect(next.card).toMatchObject({ cardId, reps: 1 });
  });

  it("refuses a card that is not due yet, naming the day it comes back", async () => {
    const { learner, cardId } = await missedCard();
    const beforeDue = new Date(CARD_DUE.getTime() - HOUR);
    await expect(rate(learner, cardId, 3, 0, beforeDue)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("2030-03-11") });
    await expect(app.rate.checkReviewAnswer(learner, cardId, fx.correct, 5_000, beforeDue)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await app.review.selectNextReviewCard(learner, beforeDue)).card).toBeNull();
    expect(await fx.card(cardId)).toMatchObject({ reps: 0, due: CARD_DUE });
    expect(await fx.logsOf([cardId])).toHaveLength(0);
  });

  it("refuses another learner's card, an unknown card and a stale reps value, changing nothing", async () => {
    const { learner, cardId } = await missedCard();
    await expect(rate(fx.otherLearner, cardId, 3, 0)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(app.rate.checkReviewAnswer(fx.otherLearner, cardId, fx.correct, 5_000, REVIEW_AT)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(rate(learner, randomUUID(), 3, 0)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Reps 5 was never shown: no review with that number exists to replay.
    await expect(rate(learner, cardId, 3, 5)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await fx.card(cardId)).toMatchObject({ reps: 0, due: CARD_DUE, lastReview: null });
    expect(await fx.logsOf([cardId])).toHaveLength(0);
  });

  it("holds back a card whose question is in a test the learner has open", async () => {
    const { learner, cardId } = await missedCard();
    const questionId = (await fx.card(cardId)).questionId!;
    await fx.startAttemptOn(learner, [questionId]);
    await expect(app.review.selectNextReviewCard(learner, REVIEW_AT)).resolves.toMatchObject({ card: null, remaining: 0 });
    await expect(app.rate.checkReviewAnswer(learner, cardId, fx.correct, 5_000, REVIEW_AT)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(rate(learner, cardId, 3, 0)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await fx.logsOf([cardId])).toHaveLength(0);
  });

  it("counts due cards and the 30-day forecast in the learner's time zone", async () => {
    const learner = await fx.newLearner();
    await app.cards.upsertLearnerSettings(learner, { timeZone: "Pacific/Auckland", desiredRetention: 0.85 });
    // 20:00 UTC on 15 January is 09:00 on the 16th in Auckland (UTC+13).
    const now = new Date("2030-01-15T20:00:00Z");
    const flashcard = (dueAt: Date, front: string) => app.cards.insertOwnFlashcard(learner, { front, back: "Back", courseSlug: fx.courseSlug }, dueAt);
    await flashcard(new Date("2030-01-14T12:00:00Z"), "Overdue");
    // 05:00 UTC on the 16th: tomorrow in UTC, but 18:00 today in Auckland.
    await flashcard(new Date("2030-01-16T05:00:00Z"), "Due this evening");
    await flashcard(new Date(now.getTime() + 3 * DAY), "In three days");
    await flashcard(new Date(now.getTime() + 40 * DAY), "Beyond the forecast");

    const summary = await app.review.selectReviewSummary(learner, now);
    expect(summary).toMatchObject({ timeZone: "Pacific/Auckland", timeZoneSet: true, desiredRetention: 0.85, dueToday: 2, reviewedToday: 0, totalCards: 4 });
    expect(summary.forecast).toHaveLength(30);
    expect(summary.forecast[0]).toMatchObject({ date: "2030-01-16", label: "Wed 16", count: 2 });
    expect(summary.forecast[3]).toMatchObject({ date: "2030-01-19", count: 1 });
    expect(summary.forecast.reduce((total, day) => total + day.count, 0)).toBe(3);
    expect((await app.review.selectNextReviewCard(learner, now)).remaining).toBe(2);

    // In UTC the same instant is still the 15th, and the evening card is tomorrow's.
    await app.cards.upsertLearnerSettings(learner, { timeZone: "UTC" });
    const inUtc = await app.review.selectReviewSummary(learner, now);
    expect(inUtc).toMatchObject({ timeZone: "UTC", desiredRetention: 0.85, dueToday: 1 });
    expect(inUtc.forecast[1]).toMatchObject({ date: "2030-01-16", count: 1 });
  });

  it("refuses an invalid retention or time zone, keeping the settings", async () => {
    const learner = await fx.newLearner();
    await app.cards.upsertLearnerSettings(learner, { timeZone: "Europe/Paris", desiredRetention: 0.9 });
    await expect(app.cards.upsertLearnerSettings(learner, { desiredRetention: 0.5 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(app.cards.upsertLearnerSettings(learner, { desiredRetention: Number.NaN })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(app.cards.upsertLearnerSettings(learner, { timeZone: "Mars/Olympus_Mons" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(app.cards.upsertLearnerSettings(learner, { timeZone: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(app.review.selectReviewSummary(learner, REVIEW_AT)).resolves.toMatchObject({ timeZone: "Europe/Paris", desiredRetention: 0.9 });
  });

  it("stars a practised question as a card due now, once", async () => {
    const { learner, itemId } = await practised(fx.correct);
    expect(await fx.cardsOf(learner)).toHaveLength(0);
    const starredAt = new Date(PRACTISED_AT.getTime() + HOUR);
    const { cardId } = await app.cards.starPracticeQuestion(learner, itemId, starredAt);
    expect(await fx.card(cardId)).toMatchObject({ source: "starred", starred: true, due: starredAt, questionId: (await fx.item(itemId)).questionId });
    await expect(app.cards.starPracticeQuestion(learner, itemId, starredAt)).resolves.toEqual({ cardId });
    expect(await fx.cardsOf(learner)).toHaveLength(1);
    expect(await app.review.selectNextReviewCard(learner, starredAt)).toMatchObject({ remaining: 1, card: { cardId, starred: true, kind: "question" } });
    // Only the learner's own answered items can be starred.
    await expect(app.cards.starPracticeQuestion(fx.otherLearner, itemId, starredAt)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await fx.cardsOf(fx.otherLearner)).toHaveLength(0);
  });

  it("shows a learner's own flashcard until it is suspended, and again once it is not", async () => {
    const learner = await fx.newLearner();
    const { cardId } = await app.cards.insertOwnFlashcard(learner, { front: "What is 1/2 + 1/4?", back: "3/4", courseSlug: null }, REVIEW_AT);
    await expect(app.review.selectNextReviewCard(learner, REVIEW_AT)).resolves.toMatchObject({
      remaining: 1,
      card: { cardId, kind: "flashcard", source: "own", front: "What is 1/2 + 1/4?", back: "3/4", courseTitle: null },
    });
    await expect(app.cards.setCardSuspended(fx.otherLearner, cardId, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await app.cards.setCardSuspended(learner, cardId, true);
    await expect(app.review.selectNextReviewCard(learner, REVIEW_AT)).resolves.toMatchObject({ card: null, remaining: 0 });
    expect((await app.review.selectReviewSummary(learner, REVIEW_AT)).totalCards).toBe(0);
    await app.cards.setCardSuspended(learner, cardId, false);
    await expect(app.review.selectNextReviewCard(learner, REVIEW_AT)).resolves.toMatchObject({ remaining: 1, card: { cardId } });
    await expect(app.cards.insertOwnFlashcard(learner, { front: "F", back: "B", courseSlug: fx.otherCourseSlug }, REVIEW_AT)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
