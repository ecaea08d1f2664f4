import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Database } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { predictCorrect, updateHierarchical } from "@/features/practice/lib/elo";
import { createDatabase } from "../support/services/postgres";
import { closeAppDatabase, useAppDatabase, type DriverUnderTest } from "../support/app-env";
import { buildPracticeFixture, type PracticeFixture } from "../support/fixtures/practice";

type App = {
  authoring: typeof import("@/features/courses/db-authoring");
  practice: typeof import("@/features/practice/db");
  placement: typeof import("@/features/practice/db-placement");
  cards: typeof import("@/features/review/db-cards");
};

async function openPracticeOn(driver: DriverUnderTest): Promise<{ db: Database; app: App }> {
  const databaseUrl = driver === "pglite" ? undefined : await createDatabase(inject("databaseUrl"), `lf_practice_${driver}_${Date.now()}`);
  const { dbModule } = await useAppDatabase(driver, { databaseUrl, neonProxyPort: inject("neonProxyPort") });
  const connection = await dbModule.getDatabaseConnection();
  await connection.migrate(dbModule.MIGRATIONS_FOLDER);
  const app: App = {
    authoring: await import("@/features/courses/db-authoring"),
    practice: await import("@/features/practice/db"),
    placement: await import("@/features/practice/db-placement"),
    cards: await import("@/features/review/db-cards"),
  };
  return { db: connection.db, app };
}

/** Always the topic asked for (never a prerequisite warm-up), and a fixed pick among equally good questions. */
const noWarmUp = () => 0.99;
const NOW = new Date("2030-03-10T15:00:00Z");

describe.each<DriverUnderTest>(["pglite", "pg"])("adaptive practice on %s", (driver) => {
  let app: App;
  let fx: PracticeFixture;

  beforeAll(async () => {
    let db: Database;
    ({ db, app } = await openPracticeOn(driver));
    fx = await buildPracticeFixture(db);
  });
  afterAll(closeAppDatabase);

  async function serve(learner: User, topic: string | null, random = noWarmUp) {
    const served = await app.practice.servePracticeQuestion(learner, fx.courseSlug, topic, random);
    return { served, row: await fx.item(served.itemId) };
  }

  const answer = (learner: User, itemId: string, response: unknown) => app.practice.recordPracticeAnswer(learner, itemId, response, 12_000, NOW);

  it("records a correct answer once: skills, counts, the question's difficulty and the item", async () => {
    const learner = await fx.newLearner();
    const { served, row } = await serve(learner, "algebra");
    expect(served.topic.slug).toBe("algebra");
    expect(JSON.stringify(served.question)).not.toMatch(/"correct"/);
    const difficultyBefore = await fx.difficulty(row.questionId);
    expect(difficultyBefore).toMatchObject({ value: 0, count: 0 });

    const { feedback } = await answer(learner, served.itemId, fx.correct);
    expect(feedback).toMatchObject({ replayed: false, correct: true, score: 1, reviewCardAdded: false, readNextQueued: false });

    // A fresh learner (skill 0) on a fresh question with four options.
    const expected = updateHierarchical({ course: { value: 0, count: 0 }, topic: { value: 0, count: 0 } }, { value: 0, count: 0 }, 1, { guess: 0.25 });
    expect(await fx.courseSkill(learner)).toMatchObject({ count: 1, value: expect.closeTo(expected.course.value, 9) });
    expect(await fx.topicSkill(learner, "algebra")).toMatchObject({ count: 1, correctCount: 1, value: expect.closeTo(expected.topic.value, 9) });
    expect(await fx.difficulty(row.questionId)).toMatchObject({ count: 1, value: expect.closeTo(expected.question.value, 9) });
    const item = await fx.item(served.itemId);
    expect(item.answeredAt).not.toBeNull();
    expect(item).toMatchObject({ correct: true, score: 1, durationMs: 12_000, response: fx.correct, skillBefore: 0 });
    expect(item.expected).toBeCloseTo(predictCorrect(0, 0, 0.25), 9);
    expect(item.skillAfter).toBeCloseTo(expected.course.value + expected.topic.value, 9);
    expect(await fx.cardsOf(learner)).toHaveLength(0);
  });

  it("replays a repeated answer with the same verdict and counts it once", async () => {
    const learner = await fx.newLearner();
    const { served } = await serve(learner, "algebra");
    const first = await answer(learner, served.itemId, fx.correct);
    // The repeat sends another answer: the recorded one wins.
    const again = await answer(learner, served.itemId, fx.wrong);
    expect(again.feedback).toMatchObject({ replayed: true, correct: true, score: 1, response: fx.correct });
    expect(again.feedback.topic.levelAfter).toBe(first.feedback.topic.levelAfter);
    expect(await fx.topicSkill(learner, "algebra")).toMatchObject({ count: 1, correctCount: 1 });
    expect(await fx.courseSkill(learner)).toMatchObject({ count: 1 });
    expect(await fx.cardsOf(learner)).toHaveLength(0);
  });

  it("records one of 20 concurrent answers to one item and replays the rest", async () => {
    const learner = await fx.newLearner();
    const { served, row } = await serve(learner, "geometry");
    const before = await fx.difficulty(row.questionId);
    const results = await Promise.all(Array.from({ length: 20 }, () => answer(learner, served.itemId, fx.wrong)));
    expect(results.filter((result) => !result.feedback.replayed)).toHaveLength(1);
    expect(results.every((result) => result.feedback.correct === false)).toBe(true);
    expect(await fx.topicSkill(learner, "geometry")).toMatchObject({ count: 1, correctCount: 0 });
    expect(await fx.courseSkill(learner)).toMatchObject({ count: 1 });
    expect((await fx.difficulty(row.questionId))?.count).toBe(before!.count + 1);
    expect(await fx.cardsOf(learner)).toHaveLength(1);
  });

  it("refuses to delete a topic learners have practised, keeping their answers (a stranger gets NOT_FOUND)", async () => {
    const learner = await fx.newLearner();
    const { served } = await serve(learner, "algebra");
    await answer(learner, served.itemId, fx.correct);
    const before = await fx.itemsOf(learner);
    await expect(app.authoring.deleteTopic(fx.learner, fx.topicIds.algebra)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(app.authoring.deleteTopic(fx.teacher, fx.topicIds.algebra)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await fx.itemsOf(learner)).toEqual(before);
  });

  it("refuses another learner's item, an unknown item and a malformed answer, changing nothing", async () => {
    const learner = await fx.newLearner();
    const { served } = await serve(learner, "algebra");
    await expect(answer(fx.otherLearner, served.itemId, fx.correct)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(answer(learner, randomUUID(), fx.correct)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(answer(learner, served.itemId, { optionId: "zz" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(answer(learner, served.itemId, { value: "x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await fx.item(served.itemId)).toMatchObject({ answeredAt: null, response: null, score: null });
    expect(await fx.topicSkill(learner, "algebra")).toMatchObject({ count: 0 });
    expect(await fx.topicSkill(fx.otherLearner, "algebra")).toBeUndefined();
    // The item is still open and answerable by its learner.
    await expect(answer(learner, served.itemId, fx.correct)).resolves.toMatchObject({ feedback: { replayed: false, correct: true } });
  });

  it("turns a miss into one review card due tomorrow and a read-next entry for the lesson passage", async () => {
    const learner = await fx.newLearner();
    const { served, row } = await serve(learner, "fractions");
    expect(served.topic.slug).toBe("fractions");
    const { feedback } = await answer(learner, served.itemId, fx.wrong);
    expect(feedback).toMatchObject({ correct: false, reviewCardAdded: true, readNextQueued: true });
    expect(feedback.lesson).toEqual({
      href: `/courses/${fx.courseSlug}/lessons/${fx.lessonSlug}#section-common-denominators`,
      lessonTitle: "Fractions",
      heading: "Common denominators",
    });
    const cards = await fx.cardsOf(learner);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ questionId: row.questionId, source: "practice_miss", courseId: fx.courseId, reps: 0, state: "new" });
    expect(cards[0]!.due.toISOString()).toBe("2030-03-11T00:00:00.000Z");
    expect(await fx.readNextOf(learner)).toMatchObject([{ lessonId: fx.lessonId, anchor: "section-common-denominators", heading: "Common denominators", questionId: row.questionId }]);

    const againId = await fx.serveAgain(learner, row.questionId, "fractions");
    const again = await answer(learner, againId, fx.wrong);
    expect(again.feedback).toMatchObject({ replayed: false, correct: false, reviewCardAdded: false, readNextQueued: false });
    expect(await fx.cardsOf(learner)).toHaveLength(1);
    expect(await fx.readNextOf(learner)).toHaveLength(1);
    expect(await fx.topicSkill(learner, "fractions")).toMatchObject({ count: 2, correctCount: 0 });
  });

  it("makes a missed question's card due at the start of the learner's next local day", async () => {
    const learner = await fx.newLearner();
    await app.cards.upsertLearnerSettings(learner, { timeZone: "America/New_York" });
    const { served } = await serve(learner, "geometry");
    await answer(learner, served.itemId, fx.wrong);
    // 15:00 UTC on 10 March 2030 is 11:00 EDT; New York's next midnight is 04:00 UTC.
    expect((await fx.cardsOf(learner)).map((card) => card.due.toISOString())).toEqual(["2030-03-11T04:00:00.000Z"]);
  });

  it("never serves the same question twice in a row, nor an essay, over 30 questions", async () => {
    const learner = await fx.newLearner();
    const served: string[] = [];
    for (let n = 0; n < 30; n += 1) {
      const { served: question, row } = await serve(learner, "algebra", Math.random);
      expect(question.question.type).toBe("single_choice");
      served.push(row.questionId);
      await answer(learner, question.itemId, n % 3 === 0 ? fx.wrong : fx.correct);
    }
    expect(served).not.toContain(fx.essayId);
    served.slice(1).forEach((questionId, index) => expect(questionId).not.toBe(served[index]));
    // The last four served are held back (half of the eight-question pool): any five in a row differ.
    for (let start = 0; start + 5 <= served.length; start += 1) expect(new Set(served.slice(start, start + 5)).size).toBe(5);
  });

  it("leaves out the questions of a test the learner has open, and says so when none are left", async () => {
    const learner = await fx.newLearner();
    const inTest = fx.questionIds.basics.slice(0, 6);
    await fx.startAttemptOn(learner, inTest);
    for (let n = 0; n < 8; n += 1) {
      const { served, row } = await serve(learner, "basics", Math.random);
      expect(inTest).not.toContain(row.questionId);
      await answer(learner, served.itemId, fx.correct);
    }
    await fx.startAttemptOn(learner, fx.questionIds.basics.slice(6));
    await expect(serve(learner, "basics")).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/test you have open/) });
  });

  it("serves harder questions to a strong learner than to a weak one, near a 75% predicted success", async () => {
    const ids = fx.questionIds.geometry;
    const difficulties = new Map(ids.map((id, index) => [id, -3 + (6 * index) / (ids.length - 1)]));
    const meanServedDifficulty = async (skill: number) => {
      const learner = await fx.newLearner();
      await fx.setCourseSkill(learner, skill);
      await fx.setDifficulties(difficulties);
      const served: number[] = [];
      // Four serves: up to half of the pool is held back, so none of them repeats.
      for (let n = 0; n < 4; n += 1) {
        // A fixed draw: the target topic (no prerequisite warm-up) and the middle of the near-best questions.
        const { row } = await serve(learner, "geometry", () => 0.5);
        served.push(difficulties.get(row.questionId)!);
      }
      // The first pick has the whole pool to choose from: it is the one nearest the target.
      expect(predictCorrect(skill, served[0]!, 0.25)).toBeGreaterThan(0.6);
      expect(predictCorrect(skill, served[0]!, 0.25)).toBeLessThan(0.9);
      return served.reduce((sum, value) => sum + value, 0) / served.length;
    };
    const strong = await meanServedDifficulty(2.5);
    const weak = await meanServedDifficulty(-2.5);
    expect(strong).toBeGreaterThan(0.5);
    expect(weak).toBeLessThan(-0.5);
    expect(strong - weak).toBeGreaterThan(2);
  });

  it("picks a topic whose prerequisites are met for 'what I need most', and refuses unknown topics and courses", async () => {
    const learner = await fx.newLearner();
    const session = await app.practice.selectPracticeSession(learner, fx.courseSlug);
    // Fractions comes first in course order, but its prerequisite (basics) has not been practised.
    expect(session.topics[0]?.slug).toBe("fractions");
    expect(session.neediest?.slug).toBeDefined();
    expect(session.neediest?.slug).not.toBe("fractions");
    const { served, row } = await serve(learner, null);
    expect(served.topic.slug).toBe(session.neediest?.slug);
    expect(row.requestedTopicId).toBeNull();
    expect(row.topicId).not.toBe(fx.topicIds.fractions);

    await expect(serve(learner, "no-such-topic")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(app.practice.servePracticeQuestion(learner, fx.otherCourseSlug, "basics", noWarmUp)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(app.practice.servePracticeQuestion(learner, fx.otherCourseSlug, null, noWarmUp)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Nothing was served in the other course, and the open question here is the one served above.
    expect(await fx.itemsOf(learner)).toMatchObject([{ id: served.itemId, answeredAt: null, skippedAt: null }]);
  });

  it("finishes a placement check for a strong learner in 6 to 15 questions, once", async () => {
    const learner = await fx.newLearner();
    let answered = 0;
    let step = await app.placement.advancePlacement(learner, fx.courseSlug, Math.random);
    while (!step.finished) {
      expect(step.question).toMatchObject({ mode: "diagnostic", reason: "placement", placementAnswered: answered });
      // Asking again before answering shows the same question.
      const repeat = await app.placement.advancePlacement(learner, fx.courseSlug, Math.random);
      expect(repeat).toMatchObject({ finished: false, question: { itemId: step.question.itemId } });
      await answer(learner, step.question.itemId, fx.correct);
      answered += 1;
      expect(answered).toBeLessThanOrEqual(15);
      step = await app.placement.advancePlacement(learner, fx.courseSlug, Math.random);
    }
    expect(answered).toBeGreaterThanOrEqual(6);
    const { result } = step;
    expect(result).toMatchObject({ answered, correct: answered });
    expect(result.topics.map((topic) => topic.slug).sort()).toEqual(["algebra", "basics", "fractions", "geometry"]);
    expect(result.topics.every((topic) => topic.likelyKnown)).toBe(true);
    // Every topic was asked about.
    const items = await fx.itemsOf(learner);
    expect(new Set(items.map((item) => item.topicId)).size).toBe(4);

    await expect(app.placement.advancePlacement(learner, fx.courseSlug, Math.random)).resolves.toEqual({ finished: true, result });
    await expect(app.placement.selectPlacementView(learner, fx.courseSlug)).resolves.toMatchObject({ state: "finished", result });
    expect(await fx.placementsOf(learner)).toHaveLength(1);
    expect(await fx.itemsOf(learner)).toHaveLength(answered);
  });
});
