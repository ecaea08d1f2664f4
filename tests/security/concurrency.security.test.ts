import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import pg from "pg";
import { readActionIds } from "../../bench/app/action-body";
import { loadSecurityContext } from "./support/context";
import { callAction, type ActionAnswer } from "./support/http";
import { openRaceFixture, type RaceFixture } from "./support/race-fixture";
import { recordSection } from "./support/report";
import type { User } from "@/drizzle/schema";

// Concurrency: the same request fired many times at once, as double clicks, retries and two
// tabs do, through the production server into the real PostgreSQL; then the exact invariants.

const ctx = loadSecurityContext();
const ids = readActionIds(path.resolve(".next"));
const RACERS = 12;
const client = new pg.Client({ connectionString: ctx.databaseUrl });
let fx: RaceFixture;
const rows: (string | number)[][] = [];

const action = (file: string, name: string) => {
  const id = ids.get(`src/features/${file}#${name}`);
  if (!id) throw new Error(`${file}#${name} is not in the build`);
  return id;
};
const cookie = (user: User) => ctx.cookieOf({ id: user.id, name: user.name, email: user.email });
/** `n` copies of one call, released together. */
const race = (n: number, call: () => Promise<ActionAnswer>) => Promise.all(Array.from({ length: n }, call));
const oks = (answers: ActionAnswer[]) => answers.filter((answer) => answer.result?.ok === true || Boolean(answer.redirect)).length;
const errors = (answers: ActionAnswer[]) => answers.filter((answer) => answer.status >= 500 || answer.result?.code === "INTERNAL").length;
const count = async (sql: string, values: unknown[]) => Number((await client.query<{ n: number }>(sql, values)).rows[0]?.n ?? 0);
const note = (race: string, answers: ActionAnswer[], invariant: string, held: boolean) => rows.push([race, answers.length, oks(answers), errors(answers), invariant, held ? "held" : "BROKEN"]);

beforeAll(async () => {
  await client.connect();
  fx = await openRaceFixture(ctx.databaseUrl, client);
});
afterAll(async () => {
  await fx?.close();
  await client.end();
});

describe("the same write, many times at once", () => {
  it("duplicate submits grade an attempt once", async () => {
    const learner = await fx.learner("submit", { enrol: true });
    const attemptId = await fx.startAttempt(learner);
    await fx.answerAll(learner, attemptId, true);
    const answers = await race(RACERS, () => callAction(ctx.base, action("attempts/actions.ts", "submitAttemptAction"), { attemptId }, { cookie: cookie(learner), page: `/attempts/${attemptId}` }));
    const { rows: [attempt] } = await client.query<{ state: string; score: string; submitted_at: Date; graded_at: Date | null }>(`select state, score, submitted_at, graded_at from attempts where id = $1`, [attemptId]);
    const notifications = await count(`select count(*)::int as n from notifications where user_id = $1`, [learner.id]);
    const held = attempt?.state === "graded" && Number(attempt.score) === 2 && notifications <= 1 && errors(answers) === 0;
    note("submit one attempt", answers, "graded once, score 2 of 2, at most one notice", held);
    expect({ state: attempt?.state, score: Number(attempt?.score), errors: errors(answers), anyOk: oks(answers) > 0 }).toEqual({ state: "graded", score: 2, errors: 0, anyOk: true });
    expect(notifications).toBeLessThanOrEqual(1);
  });

  it("starts beyond the attempts allowed open none, and concurrent starts open one attempt", async () => {
    const learner = await fx.learner("start", { enrol: true });
    const start = () => race(RACERS, () => callAction(ctx.base, action("attempts/actions.ts", "startAttemptAction"), { testId: fx.testId }, { cookie: cookie(learner), page: "/courses" }));
    const attemptsOf = () => client.query<{ id: string; attempt_number: number; state: string }>(`select id, attempt_number, state from attempts where user_id = $1 and test_id = $2 order by attempt_number`, [learner.id, fx.testId]);
    const rounds: { answers: ActionAnswer[]; attempts: number }[] = [];
    for (let round = 0; round < 3; round += 1) {
      const answers = await start();
      const now = (await attemptsOf()).rows;
      rounds.push({ answers, attempts: now.length });
      const open = now.find((row) => row.state === "in_progress");
      if (open) await fx.submit(learner, open.id);
    }
    const final = (await attemptsOf()).rows;
    const held = rounds.map((r) => r.attempts).join(",") === "1,2,2" && final.map((row) => row.attempt_number).join(",") === "1,2" && oks(rounds[2]!.answers) === 0;
    note("start a 2-attempt test, 3 rounds", rounds.flatMap((r) => r.answers), "attempts 1, 2, 2; numbers 1 and 2; the third round refused", held);
    expect(rounds.map((r) => r.attempts)).toEqual([1, 2, 2]);
    expect(final.map((row) => row.attempt_number)).toEqual([1, 2]);
    expect(oks(rounds[2]!.answers)).toBe(0);
    expect(rounds.flatMap((r) => r.answers).filter((answer) => answer.status >= 500)).toEqual([]);
  });

  it("double enrolment enrols once", async () => {
    const learner = await fx.learner("enrol");
    const answers = await race(RACERS, () => callAction(ctx.base, action("courses/actions.ts", "enrolInCourseAction"), { courseSlug: fx.courseSlug }, { cookie: cookie(learner), page: `/courses/${fx.courseSlug}` }));
    const enrolments = await count(`select count(*)::int as n from enrolments e join courses c on c.id = e.course_id where e.user_id = $1 and c.slug = $2`, [learner.id, fx.courseSlug]);
    note("enrol in a course", answers, "one enrolment row", enrolments === 1);
    expect({ enrolments, errors: errors(answers) }).toEqual({ enrolments: 1, errors: 0 });
  });

  it("joining a class twice at once makes one membership", async () => {
    const learner = await fx.learner("join");
    const answers = await race(RACERS, () => callAction(ctx.base, action("classes/actions-learner.ts", "joinClassAction"), { joinCode: fx.joinCode }, { cookie: cookie(learner), page: "/classes" }));
    const members = await count(`select count(*)::int as n from class_members m join classes c on c.id = m.class_id where m.user_id = $1 and c.join_code = $2`, [learner.id, fx.joinCode]);
    note("join a class by code", answers, "one membership row", members === 1);
    expect({ members, errors: errors(answers) }).toEqual({ members: 1, errors: 0 });
  });

  it("a review card rated many times at once is rated once", async () => {
    const learner = await fx.learner("review");
    const cardId = await fx.flashcard(learner);
    const answers = await race(RACERS, () => callAction(ctx.base, action("review/actions.ts", "rateReviewAction"), { cardId, rating: "3", reps: "0", durationMs: "2000" }, { cookie: cookie(learner), page: "/review" }));
    const logs = await count(`select count(*)::int as n from review_logs where card_id = $1`, [cardId]);
    const reps = await count(`select reps as n from review_cards where id = $1`, [cardId]);
    note("rate one due card", answers, "one review log, reps 0 → 1", logs === 1 && reps === 1);
    // The repeats are answered as replays of the one rating (ok), not applied again.
    expect({ logs, reps, errors: errors(answers) }).toEqual({ logs: 1, reps: 1, errors: 0 });
  });

  it("a practice question answered many times at once counts once", async () => {
    const learner = await fx.learner("practice", { enrol: true });
    const served = await fx.servePractice(learner);
    const difficultyBefore = await count(`select coalesce((select count from question_difficulties where question_id = $1), 0) as n`, [served.questionId]);
    const answers = await race(RACERS, () => callAction(ctx.base, action("practice/actions.ts", "answerPracticeAction"), { itemId: served.itemId, answer: served.answer, durationMs: "3000" }, { cookie: cookie(learner), page: `/practice/${fx.courseSlug}` }));
    const answered = await count(`select count(*)::int as n from practice_items where user_id = $1 and answered_at is not null`, [learner.id]);
    const skillCount = await count(`select coalesce(sum(count), 0)::int as n from learner_topic_skills where user_id = $1`, [learner.id]);
    const difficultyAfter = await count(`select coalesce((select count from question_difficulties where question_id = $1), 0) as n`, [served.questionId]);
    const held = answered === 1 && difficultyAfter - difficultyBefore === 1 && skillCount >= 1;
    note("answer one practice question", answers, "one answered item, the question's difficulty counted once", held);
    expect({ answered, difficultyCounted: difficultyAfter - difficultyBefore, errors: errors(answers) }).toEqual({ answered: 1, difficultyCounted: 1, errors: 0 });
  });

  it("autosaves racing a submit never change a submitted attempt", async () => {
    const learner = await fx.learner("save-submit", { enrol: true });
    const attemptId = await fx.startAttempt(learner);
    await fx.answerAll(learner, attemptId, false);
    const { rows: items } = await client.query<{ slot: number; question_version_id: string }>(`select slot, question_version_id from attempt_items where attempt_id = $1 order by slot`, [attemptId]);
    const rightOf = async (versionId: string) => (await client.query<{ body: { options: { id: string; correct: boolean }[] } }>(`select body from question_versions where id = $1`, [versionId])).rows[0]!.body.options.find((option) => option.correct)!.id;
    const save = async (slot: number, versionId: string) =>
      callAction(ctx.base, action("attempts/actions.ts", "saveAnswerAction"), { attemptId, slot: String(slot), answer: JSON.stringify({ type: "single_choice", optionId: await rightOf(versionId) }) }, { cookie: cookie(learner), page: `/attempts/${attemptId}` });
    const submit = () => callAction(ctx.base, action("attempts/actions.ts", "submitAttemptAction"), { attemptId }, { cookie: cookie(learner), page: `/attempts/${attemptId}` });
    const calls = [...items.flatMap((item) => Array.from({ length: 5 }, () => () => save(item.slot, item.question_version_id))), submit];
    const answers = await Promise.all(calls.map((call) => call()));
    const { rows: [attempt] } = await client.query<{ state: string; score: string; submitted_at: Date; last_saved_at: Date | null }>(`select state, score, submitted_at, last_saved_at from attempts where id = $1`, [attemptId]);
    // The score is what the stored answers earn: no save landed after the grading read them.
    const { rows: stored } = await client.query<{ score: string; right: boolean }>(
      `select i.score, (i.response->>'optionId') = (select o->>'id' from jsonb_array_elements(v.body->'options') o where (o->>'correct')::boolean limit 1) as right
       from attempt_items i join question_versions v on v.id = i.question_version_id where i.attempt_id = $1`,
      [attemptId],
    );
    const consistent = stored.every((row) => (row.right ? 1 : 0) === Number(row.score)) && Number(attempt?.score) === stored.reduce((sum, row) => sum + Number(row.score), 0);
    const savedBeforeSubmit = !attempt?.last_saved_at || attempt.last_saved_at <= attempt.submitted_at;
    note("10 autosaves racing a submit", answers, "every stored answer graded as stored; no save after the submit", consistent && savedBeforeSubmit);
    expect({ state: attempt?.state, consistent, savedBeforeSubmit, errors: errors(answers) }).toEqual({ state: "graded", consistent: true, savedBeforeSubmit: true, errors: 0 });
  });
});

afterAll(() => {
  const broken = rows.filter((row) => row[5] !== "held").length;
  recordSection(ctx.reportDir, "40-concurrency", {
    order: 40,
    title: "4. Concurrency (production server, real PostgreSQL)",
    figures: [
      { label: "races run", value: rows.length },
      { label: "requests fired", value: rows.reduce((sum, row) => sum + Number(row[1]), 0) },
      { label: "invariants broken", value: broken, target: "0", ok: broken === 0 },
      { label: "server errors (5xx)", value: rows.reduce((sum, row) => sum + Number(row[3]), 0), target: "0", ok: rows.every((row) => row[3] === 0) },
    ],
    table: { head: ["race", "requests", "succeeded", "5xx", "invariant", "after"], rows },
  });
});
