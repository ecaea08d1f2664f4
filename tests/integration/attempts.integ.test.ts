import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { selectRows } from "@/drizzle/execute";
import type { Database } from "@/drizzle/db";
import { createDatabase } from "../support/services/postgres";
import { closeAppDatabase, useAppDatabase, type DriverUnderTest } from "../support/app-env";
import { buildTestEngineFixture, type TestEngineFixture } from "../support/fixtures/test-engine";

type App = {
  attempts: typeof import("@/features/attempts/db");
  close: typeof import("@/features/attempts/db-close");
  questions: typeof import("@/features/questions/db");
  tests: typeof import("@/features/tests/db");
  schema: typeof import("@/drizzle/schema");
};

async function openEngineOn(driver: DriverUnderTest): Promise<{ db: Database; app: App }> {
  const databaseUrl = driver === "pglite" ? undefined : await createDatabase(inject("databaseUrl"), `lf_attempts_${driver}_${Date.now()}`);
  const { dbModule } = await useAppDatabase(driver, { databaseUrl, neonProxyPort: inject("neonProxyPort") });
  const connection = await dbModule.getDatabaseConnection();
  await connection.migrate(dbModule.MIGRATIONS_FOLDER);
  const app: App = {
    attempts: await import("@/features/attempts/db"),
    close: await import("@/features/attempts/db-close"),
    questions: await import("@/features/questions/db"),
    tests: await import("@/features/tests/db"),
    schema: await import("@/drizzle/schema"),
  };
  return { db: connection.db, app };
}

describe.each<DriverUnderTest>(["pglite", "pg"])("the attempt engine on %s", (driver) => {
  let db: Database;
  let app: App;
  let fx: TestEngineFixture;

  beforeAll(async () => {
    ({ db, app } = await openEngineOn(driver));
    fx = await buildTestEngineFixture(db);
  });
  afterAll(closeAppDatabase);

  it("starts, autosaves, resumes and submits an attempt, grading the objective answers", async () => {
    const testId = await fx.createTest({ attemptsAllowed: 3 });
    const started = await app.attempts.startAttempt(fx.learner, testId, null);
    expect(started.resumed).toBe(false);
    const again = await app.attempts.startAttempt(fx.learner, testId, null);
    expect(again).toEqual({ attemptId: started.attemptId, resumed: true });

    const slots = await fx.slotsOf(started.attemptId);
    for (const slot of slots) await app.attempts.saveAttemptAnswer(fx.learner, started.attemptId, slot.slot, fx.correctResponse(slot.questionId));
    const outcome = await app.attempts.submitAttempt(fx.learner, started.attemptId);
    expect(outcome).toMatchObject({ state: "graded", score: 3, maxScore: 3, closedBy: "learner", duplicate: false });
  });

  it("refuses a response of the wrong shape and an unknown option, changing nothing", async () => {
    const testId = await fx.createTest({});
    const { attemptId } = await app.attempts.startAttempt(fx.learner, testId, null);
    const [slot] = await fx.slotsOf(attemptId);
    await expect(app.attempts.saveAttemptAnswer(fx.learner, attemptId, slot!.slot, { value: "yes" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(app.attempts.saveAttemptAnswer(fx.learner, attemptId, slot!.slot, { optionId: "zz" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await fx.slotsOf(attemptId))[0]?.response).toBeNull();
  });

  it("refuses an essay over the question's length limit, changing nothing", async () => {
    const testId = await fx.createTest({ withEssay: true });
    const { attemptId } = await app.attempts.startAttempt(fx.learner, testId, null);
    const essaySlot = (await fx.slotsOf(attemptId)).find((slot) => slot.questionId === fx.essayId)!;
    await expect(app.attempts.saveAttemptAnswer(fx.learner, attemptId, essaySlot.slot, { text: "x".repeat(2_001) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/at most 2,000/),
    });
    expect((await fx.slotsOf(attemptId)).find((slot) => slot.slot === essaySlot.slot)?.response).toBeNull();
  });

  it("keeps the answer key out of the learner's view until the policy allows it", async () => {
    const view = await import("@/features/attempts/db-view");
    const testId = await fx.createTest({ feedbackTiming: "after_close", correctAnswersTiming: "after_close", closesAt: new Date(Date.now() + 3_600_000) });
    const { attemptId } = await app.attempts.startAttempt(fx.learner, testId, null);
    for (const slot of await fx.slotsOf(attemptId)) await app.attempts.saveAttemptAnswer(fx.learner, attemptId, slot.slot, fx.correctResponse(slot.questionId));
    const leaks = (value: unknown) => /"correct"|Option a is right|correctOptionIds|correctResponse|explanation/.test(JSON.stringify(value));
    expect(leaks(await view.selectAttemptForLearner(fx.learner, attemptId))).toBe(false);
    await app.attempts.submitAttempt(fx.learner, attemptId);
    const submitted = await view.selectAttemptForLearner(fx.learner, attemptId);
    expect(leaks(submitted)).toBe(false);
    // The total shows after submit; marks per question would tell which answers were right.
    expect(submitted.attempt.score).toBe(3);
    expect(submitted.slots.every((slot) => slot.review.score === undefined)).toBe(true);
    // Once the test has closed (plus the grace), the review opens.
    await db.update(app.schema.TestTable).set({ opensAt: null, closesAt: new Date(Date.now() - 60_000) }).where(sql`${app.schema.TestTable.id} = ${testId}`);
    const closed = await view.selectAttemptForLearner(fx.learner, attemptId);
    expect(closed.slots[0]?.review.correctOptionIds).toEqual(["a"]);
    expect(closed.attempt.score).toBe(3);
  });

  it("does not let one learner answer or submit another's attempt", async () => {
    const testId = await fx.createTest({});
    const { attemptId } = await app.attempts.startAttempt(fx.learner, testId, null);
    const [slot] = await fx.slotsOf(attemptId);
    await expect(app.attempts.saveAttemptAnswer(fx.otherLearner, attemptId, slot!.slot, { optionId: "a" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(app.attempts.submitAttempt(fx.otherLearner, attemptId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await fx.attempt(attemptId)).state).toBe("in_progress");
  });

  it("refuses an answer after the deadline and closes the attempt with what was saved", async () => {
    const testId = await fx.createTest({ timeLimitMinutes: 5 });
    const { attemptId } = await app.attempts.startAttempt(fx.learner, testId, null);
    const [first, second] = await fx.slotsOf(attemptId);
    await app.attempts.saveAttemptAnswer(fx.learner, attemptId, first!.slot, fx.correctResponse(first!.questionId));
    await fx.moveDeadline(attemptId, -60);
    await expect(app.attempts.saveAttemptAnswer(fx.learner, attemptId, second!.slot, fx.correctResponse(second!.questionId))).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/Time ran out/),
    });
    const closed = await fx.attempt(attemptId);
    expect(closed).toMatchObject({ state: "graded", closedBy: "deadline", score: 1 });
    expect((await fx.slotsOf(attemptId))[1]?.response).toBeNull();
  });

  it("accepts an answer inside the network grace after the deadline", async () => {
    const testId = await fx.createTest({ timeLimitMinutes: 5 });
    const { attemptId } = await app.attempts.startAttempt(fx.learner, testId, null);
    const [first] = await fx.slotsOf(attemptId);
    await fx.moveDeadline(attemptId, -3);
    await expect(app.attempts.saveAttemptAnswer(fx.learner, attemptId, first!.slot, fx.correctResponse(first!.questionId))).resolves.toHaveProperty("savedAt");
  });

  it("closes overdue attempts from the cron job: abandoned when nothing was answered", async () => {
    const testId = await fx.createTest({ timeLimitMinutes: 5 });
    const { attemptId } = await app.attempts.startAttempt(fx.learner, testId, null);
    await fx.moveDeadline(attemptId, -120);
    const closed = await app.close.closeOverdueAttempts(db);
    expect(closed).toContain(attemptId);
    expect(await fx.attempt(attemptId)).toMatchObject({ state: "abandoned", closedBy: "deadline" });
    expect(await app.close.closeOverdueAttempts(db)).not.toContain(attemptId);
  });

  it("keeps an essay waiting for a teacher after submit", async () => {
    const testId = await fx.createTest({ withEssay: true });
    const { attemptId } = await app.attempts.startAttempt(fx.learner, testId, null);
    for (const slot of await fx.slotsOf(attemptId)) {
      await app.attempts.saveAttemptAnswer(fx.learner, attemptId, slot.slot, fx.correctResponse(slot.questionId));
    }
    const outcome = await app.attempts.submitAttempt(fx.learner, attemptId);
    expect(outcome.state).toBe("submitted");
    expect(outcome.score).toBe(3);
    expect(outcome.maxScore).toBe(3 + fx.essayPoints);
  });

  it("freezes a question version once an attempt has shown it; the attempt keeps what it showed", async () => {
    const questionId = await fx.createQuestion("Original wording");
    const testId = await fx.createTest({ questionIds: [questionId] });
    const before = await app.questions.updateQuestion(fx.teacher, questionId, fx.draftOf(questionId, "Edited before anyone saw it"));
    expect(before).toEqual({ version: 1, newVersion: false });
    const { attemptId } = await app.attempts.startAttempt(fx.otherLearner, testId, null);
    const after = await app.questions.updateQuestion(fx.teacher, questionId, fx.draftOf(questionId, "Edited after an attempt showed it"));
    expect(after).toEqual({ version: 2, newVersion: true });
    const pinned = await selectRows<{ stem: string }>(db, sql`
      select v.body->>'stem' as stem from attempt_items i join question_versions v on v.id = i.question_version_id
      where i.attempt_id = ${attemptId} and i.question_id = ${questionId}`);
    expect(pinned[0]?.stem).toBe("Edited before anyone saw it");
  });

  it("regrades finished attempts after the teacher fixes a question, logging each changed mark", async () => {
    const grading = await import("@/features/attempts/db-grading");
    const questionId = await fx.createQuestion("Which option is right? (key to be fixed)");
    const testId = await fx.createTest({ questionIds: [questionId] });
    const { attemptId } = await app.attempts.startAttempt(fx.learner, testId, null);
    await app.attempts.saveAttemptAnswer(fx.learner, attemptId, 1, { optionId: "b" });
    expect((await app.attempts.submitAttempt(fx.learner, attemptId)).score).toBe(0);
    const fixed = fx.draftOf(questionId, "Which option is right? (key fixed)");
    if (fixed.body.type !== "single_choice") throw new Error("fixture changed");
    fixed.body.options = fixed.body.options.map((option) => ({ ...option, correct: option.id === "b" }));
    expect(await app.questions.updateQuestion(fx.teacher, questionId, fixed)).toEqual({ version: 2, newVersion: true });
    await expect(grading.regradeQuestion(fx.otherTeacher, questionId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await grading.regradeQuestion(fx.teacher, questionId)).toEqual({ slots: 1, changed: 1 });
    expect(await fx.attempt(attemptId)).toMatchObject({ score: 1, state: "graded" });
    const events = await selectRows<{ source: string; score: number; previous_score: number }>(db, sql`select source, score, previous_score from grade_events where attempt_id = ${attemptId}`);
    expect(events).toEqual([{ source: "regrade", score: 1, previous_score: 0 }]);
    expect(await grading.regradeQuestion(fx.teacher, questionId)).toEqual({ slots: 1, changed: 0 });
  });

  it("refuses an edit from a teacher who does not own the course", async () => {
    await expect(app.questions.updateQuestion(fx.otherTeacher, fx.questionIds[0]!, fx.draftOf(fx.questionIds[0]!, "hijack"))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

// PGlite runs one query at a time, so races need the real server.
describe("the attempt engine under concurrency (PostgreSQL)", () => {
  let app: App;
  let fx: TestEngineFixture;

  beforeAll(async () => {
    // Enough connections that all 50 duplicate submits really reach the server at once.
    process.env.DATABASE_POOL_MAX = "60";
    const opened = await openEngineOn("pg");
    app = opened.app;
    fx = await buildTestEngineFixture(opened.db);
  });
  afterAll(async () => {
    delete process.env.DATABASE_POOL_MAX;
    await closeAppDatabase();
  });

  it("grades 50 concurrent submits of one attempt once and gives all 50 the same outcome", async () => {
    const testId = await fx.createTest({});
    const { attemptId } = await app.attempts.startAttempt(fx.learner, testId, null);
    for (const slot of await fx.slotsOf(attemptId)) {
      await app.attempts.saveAttemptAnswer(fx.learner, attemptId, slot.slot, fx.correctResponse(slot.questionId));
    }
    const startedAt = performance.now();
    const timings: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const result = await app.attempts.submitAttempt(fx.learner, attemptId);
        timings.push(performance.now() - startedAt);
        return result;
      }),
    );
    const elapsed = performance.now() - startedAt;
    timings.sort((a, b) => a - b);
    const winners = results.filter((result) => !result.duplicate);
    expect(winners).toHaveLength(1);
    const outcomes = new Set(results.map((result) => JSON.stringify({ ...result, duplicate: undefined })));
    expect(outcomes.size).toBe(1);
    expect(results[0]).toMatchObject({ state: "graded", score: 3 });
    console.info(
      `[figure] 50 concurrent submits: 1 winner, 49 duplicates; per submit p50 ${timings[24]!.toFixed(1)} ms, p95 ${timings[47]!.toFixed(1)} ms; ${elapsed.toFixed(1)} ms in all`,
    );
  });

  it("never lets concurrent starts exceed the attempts allowed", async () => {
    const testId = await fx.createTest({ attemptsAllowed: 2 });
    let rejected = 0;
    for (let round = 1; round <= 3; round++) {
      const results = await Promise.allSettled(Array.from({ length: 20 }, () => app.attempts.startAttempt(fx.learner, testId, null)));
      const started = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
      rejected += results.length - started.length;
      if (round <= 2) {
        expect(new Set(started.map((result) => result.attemptId)).size).toBe(1);
        expect(started.filter((result) => !result.resumed)).toHaveLength(1);
        await app.attempts.submitAttempt(fx.learner, started[0]!.attemptId);
      } else {
        expect(started).toEqual([]);
        for (const result of results) if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "CONFLICT" });
      }
    }
    const attempts = await fx.attemptsOf(fx.learner, testId);
    expect(attempts.map((attempt) => attempt.attemptNumber)).toEqual([1, 2]);
    console.info(`[figure] 60 concurrent starts (3 rounds of 20) with 2 attempts allowed: 2 attempts created, ${40 - 2} resumed the winner, ${rejected} rejected`);
  });

  it("keeps every answer saved before a racing submit, and none after it", async () => {
    const testId = await fx.createTest({});
    const { attemptId } = await app.attempts.startAttempt(fx.learner, testId, null);
    const slots = await fx.slotsOf(attemptId);
    const saves = slots.map((slot) => app.attempts.saveAttemptAnswer(fx.learner, attemptId, slot.slot, fx.correctResponse(slot.questionId)));
    const [outcome, ...saved] = await Promise.allSettled([app.attempts.submitAttempt(fx.learner, attemptId), ...saves]);
    expect(outcome?.status).toBe("fulfilled");
    const accepted = saved.filter((result) => result.status === "fulfilled").length;
    const final = await fx.attempt(attemptId);
    // The total equals exactly the answers that were accepted before the submit won.
    expect(final.score).toBe(accepted);
    const stored = await fx.slotsOf(attemptId);
    expect(stored.filter((slot) => slot.response !== null)).toHaveLength(accepted);
  });

  it("lets only one of two concurrent first starts create the attempt", async () => {
    const testId = await fx.createTest({ attemptsAllowed: 1 });
    const results = await Promise.all(Array.from({ length: 10 }, () => app.attempts.startAttempt(fx.otherLearner, testId, null)));
    expect(new Set(results.map((result) => result.attemptId)).size).toBe(1);
    const rows = await fx.attemptsOf(fx.otherLearner, testId);
    expect(rows).toHaveLength(1);
  });
});
