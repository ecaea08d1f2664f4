import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { readActionIds } from "../../bench/app/action-body";
import { startServer, type ServerHandle } from "../../bench/app/server";
import { findFreePort, startUpstashFront, type UpstashFrontHandle } from "../support/services";
import { createDevSessionToken } from "@/services/auth/dev-session-token";
import type { User } from "@/drizzle/schema";
import { securityServerEnv } from "./global-setup";
import { SESSION_COOKIE, loadSecurityContext } from "./support/context";
import { startControllablePostgres, startControllableRedis, type ControllablePostgres, type ControllableRedis } from "./support/fault-services";
import { callAction, send } from "./support/http";
import { openRaceFixture, type RaceFixture } from "./support/race-fixture";
import { recordSection } from "./support/report";
import { seedWorld } from "./support/seed-world";
import { DrillLog, runDrill, type DrillResult } from "./support/drills";

// Faults under load: a production server of its own, on a PostgreSQL and a redis-server this
// file may stop, pause and restart, with learners practising, autosaving and submitting tests
// (and asking the tutor) all the while. Per fault: what users saw, p95 during it, the time to
// recover after it; then the invariants: no acknowledged answer lost or counted twice, and no
// attempt half-written.

const ctx = loadSecurityContext();
const ids = readActionIds(path.resolve(".next"));
const stubControl = new URL(inject("securityStubUrl")).origin;
const VIRTUAL_USERS = 6;
const TUTOR_USERS = 3;
let postgres: ControllablePostgres;
let redis: ControllableRedis;
let front: UpstashFrontHandle;
let server: ServerHandle;
let client: pg.Client;
let fx: RaceFixture;
let work: string;
let secret: string;
const results: DrillResult[] = [];
type Invariants = { lostAnswers: number; doubleCounted: number; halfWrittenAttempts: number; acknowledgedSubmitsNotGraded: number; gradedWithWrongTotal: number };
let invariants: (Invariants & { acknowledgedAnswers: number; acknowledgedSubmits: number; attempts: number }) | null = null;
const log = new DrillLog();

const action = (file: string, name: string) => ids.get(`src/features/${file}#${name}`)!;
const stub = (route: string, body?: unknown) => fetch(`${stubControl}/__stub/${route}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body ?? {}) });

type Learner = { user: User; cookie: string; attemptId: string | null; iteration: number };
const ackedPractice = new Map<string, string>(); // itemId → userId
const ackedSubmits = new Set<string>();

async function startAttempt(learner: Learner): Promise<void> {
  const answer = await log.time("start", () => callAction(server.url, action("attempts/actions.ts", "startAttemptAction"), { testId: fx.testId }, { cookie: learner.cookie, page: "/courses" }));
  const id = /\/attempts\/([0-9a-f-]{36})/.exec(answer?.redirect ?? "")?.[1];
  learner.attemptId = id ?? null;
}

/** One learner's loop: practise a question, autosave, every fourth round submit and start again, open the dashboard. */
async function learnerLoop(learner: Learner, until: () => boolean): Promise<void> {
  while (!until()) {
    learner.iteration += 1;
    const served = await log.time("practice serve", () => callAction(server.url, action("practice/actions.ts", "servePracticeAction"), { courseSlug: fx.courseSlug, topic: "need" }, { cookie: learner.cookie, page: `/practice/${fx.courseSlug}` }));
    const data = served?.result?.ok ? (served.result.data as { itemId: string; question: { type: string; options?: { id: string }[] } }) : null;
    if (data) {
      const answer = answerFor(data.question);
      const answered = await log.time("practice answer", () => callAction(server.url, action("practice/actions.ts", "answerPracticeAction"), { itemId: data.itemId, answer, durationMs: "2000" }, { cookie: learner.cookie, page: `/practice/${fx.courseSlug}` }));
      if (answered?.result?.ok) ackedPractice.set(data.itemId, learner.user.id);
    }
    if (!learner.attemptId) await startAttempt(learner);
    if (learner.attemptId) {
      const attemptId = learner.attemptId;
      const slot = (learner.iteration % 2) + 1;
      await log.time("autosave", () => callAction(server.url, action("attempts/actions.ts", "saveAnswerAction"), { attemptId, slot: String(slot), answer: JSON.stringify({ type: "single_choice", optionId: fx.optionOf(slot) }) }, { cookie: learner.cookie, page: `/attempts/${attemptId}` }));
      if (learner.iteration % 4 === 0) {
        const submitted = await log.time("submit", () => callAction(server.url, action("attempts/actions.ts", "submitAttemptAction"), { attemptId }, { cookie: learner.cookie, page: `/attempts/${attemptId}` }));
        if (submitted?.result?.ok || submitted?.redirect) {
          ackedSubmits.add(attemptId);
          learner.attemptId = null;
        }
      }
    }
    await log.time("dashboard", () => send(server.url, "GET", "/dashboard", { cookie: learner.cookie }));
    await new Promise((resolve) => setTimeout(resolve, 900));
  }
}

function answerFor(question: { type: string; options?: { id: string }[] }): string {
  const first = question.options?.[0]?.id ?? "a";
  const byType: Record<string, unknown> = {
    single_choice: { type: "single_choice", optionId: first },
    multiple_choice: { type: "multiple_choice", optionIds: [first] },
    true_false: { type: "true_false", value: true },
    numeric: { type: "numeric", text: "1" },
  };
  return JSON.stringify(byType[question.type] ?? { type: "short_text", text: "an answer" });
}

/** A learner asking the tutor every few seconds; the reply streams, and ends with "done" or an "error" event. */
async function tutorLoop(learner: Learner, until: () => boolean): Promise<void> {
  while (!until()) {
    await log.time("tutor", async () => {
      const answer = await send(server.url, "POST", "/api/ai/tutor", { cookie: learner.cookie, body: JSON.stringify({ courseSlug: fx.courseSlug, message: "What is conditional probability?" }), contentType: "application/json", accept: "text/event-stream", timeoutMs: 40_000 });
      const failed = answer.status !== 200 || /event: error/.test(answer.text);
      return { ...answer, result: failed ? { ok: false, code: /"code":"([A-Z_]+)"/.exec(answer.text)?.[1] ?? String(answer.status) } : { ok: true }, redirect: null };
    });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
  }
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), "learnforge-faults-"));
  [postgres, redis] = await Promise.all([startControllablePostgres(), startControllableRedis()]);
  const token = randomBytes(24).toString("hex");
  front = await startUpstashFront({ redisPort: redis.port, token });
  await seedWorld(path.join(work, "world.json"), { ...process.env, DATABASE_URL: postgres.url, DATABASE_DRIVER: "pg", LOG_LEVEL: "warn" });
  client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  fx = await openRaceFixture(postgres.url, client, { attemptsAllowed: null });
  secret = randomBytes(32).toString("base64url");
  const env = securityServerEnv({ databaseUrl: postgres.url, upstashUrl: front.url, upstashToken: token, stubUrl: inject("securityStubUrl"), authSecret: secret, cronSecret: "faults-cron-secret-0123456789" });
  server = await startServer({ root: path.resolve("."), port: await findFreePort(), env, logFile: path.join(work, "server.log") });
}, 240_000);

afterAll(async () => {
  await stub("reset");
  await fx?.close().catch(() => undefined);
  await client?.end().catch(() => undefined);
  await server?.stop();
  await front?.stop();
  await redis?.stop();
  await postgres?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe("faults under load", () => {
  it("keeps every acknowledged answer and attempt through Redis and PostgreSQL outages and a misbehaving AI provider", async () => {
    const learners: Learner[] = [];
    for (let index = 0; index < VIRTUAL_USERS + TUTOR_USERS; index += 1) {
      const user = await fx.learner(`fault${index}`, { enrol: true });
      learners.push({ user, cookie: `${SESSION_COOKIE}=${createDevSessionToken(user.id, secret, 3600)}`, attemptId: null, iteration: 0 });
    }
    // The drills stop PostgreSQL under any open connection: this process keeps none through them.
    await fx.close();
    await client.end();
    let stopped = false;
    const loops = [...learners.slice(0, VIRTUAL_USERS).map((learner) => learnerLoop(learner, () => stopped)), ...learners.slice(VIRTUAL_USERS).map((learner) => tutorLoop(learner, () => stopped))];
    const healthy = async () => (await send(server.url, "GET", "/api/health", { accept: "application/json" }).catch(() => null))?.status === 200;
    try {
      // Warm-up: every route has served a few requests before the first baseline is measured.
      await new Promise((resolve) => setTimeout(resolve, 12_000));
      const drill = (name: string, kinds: string[], inject: () => Promise<void> | void, restore: () => Promise<void> | void) =>
        runDrill(log, { name, kinds, faultMs: 8_000, afterMs: 12_000, inject, restore, healthy }).then((result) => results.push(result));
      const APP = ["practice serve", "practice answer", "autosave", "submit", "start", "dashboard"];
      await drill("redis-server paused (SIGSTOP) 8 s", APP, () => redis.pause(), () => redis.unpause());
      await drill("redis-server killed, restarted after 8 s", APP, () => redis.kill(), () => redis.restart());
      await drill("PostgreSQL stopped (fast), restarted after 8 s", APP, () => postgres.halt(), () => postgres.resume());
      const chat = { path: "/v1/chat/completions" };
      await drill("AI provider answers 429", ["tutor"], () => stub("scenario", { rules: [{ match: chat, behavior: { kind: "status", status: 429, retryAfterSeconds: 1 }, times: null }] }).then(() => undefined), () => stub("reset").then(() => undefined));
      await drill("AI provider answers 500", ["tutor"], () => stub("scenario", { rules: [{ match: chat, behavior: { kind: "status", status: 500 }, times: null }] }).then(() => undefined), () => stub("reset").then(() => undefined));
      await drill("AI provider never answers", ["tutor"], () => stub("scenario", { rules: [{ match: chat, behavior: { kind: "hang" }, times: null }] }).then(() => undefined), () => stub("reset").then(() => undefined));
    } finally {
      stopped = true;
      await Promise.all(loops);
    }

    // Invariants, read straight from PostgreSQL.
    client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    const loadUsers = learners.map((learner) => learner.user.id);
    const acked = [...ackedPractice.keys()];
    const { rows: stored } = await client.query<{ id: string }>(`select id from practice_items where id = any($1::uuid[]) and answered_at is not null`, [acked]);
    const lostAnswers = acked.length - stored.length;
    const { rows: [counts] } = await client.query<{ answered: number; counted: number }>(
      `select (select count(*)::int from practice_items where user_id = any($1::uuid[]) and answered_at is not null) as answered,
              (select coalesce(sum(count), 0)::int from learner_course_skills where user_id = any($1::uuid[])) as counted`,
      [loadUsers],
    );
    const { rows: [attempts] } = await client.query<{ half: number; ungraded: number; total: number }>(
      `select
         count(*) filter (where (select count(*) from attempt_items i where i.attempt_id = a.id) <> (select count(*) from test_items t where t.test_id = a.test_id))::int as half,
         count(*) filter (where a.id = any($2::uuid[]) and a.state not in ('submitted', 'graded'))::int as ungraded,
         count(*)::int as total
       from attempts a where a.user_id = any($1::uuid[])`,
      [loadUsers, [...ackedSubmits]],
    );
    const { rows: [scores] } = await client.query<{ wrong: number }>(
      `select count(*)::int as wrong from attempts a where a.user_id = any($1::uuid[]) and a.state = 'graded'
         and a.score <> (select coalesce(sum(i.score), 0) from attempt_items i where i.attempt_id = a.id)`,
      [loadUsers],
    );
    const found: Invariants = { lostAnswers, doubleCounted: counts!.counted - counts!.answered, halfWrittenAttempts: attempts!.half, acknowledgedSubmitsNotGraded: attempts!.ungraded, gradedWithWrongTotal: scores!.wrong };
    invariants = { ...found, acknowledgedAnswers: acked.length, acknowledgedSubmits: ackedSubmits.size, attempts: attempts!.total };
    expect(found).toEqual({ lostAnswers: 0, doubleCounted: 0, halfWrittenAttempts: 0, acknowledgedSubmitsNotGraded: 0, gradedWithWrongTotal: 0 });
    expect(acked.length).toBeGreaterThan(20);
    expect(ackedSubmits.size).toBeGreaterThan(3);
    // Every drill ended with the service back and requests succeeding again.
    expect(results.filter((result) => result.failedAfterRecovery > 0).map((result) => result.name)).toEqual([]);
    // What failed said so: actions and the tutor answer UNAVAILABLE (or RATE_LIMITED), never INTERNAL; only pages show the error page.
    expect(results.map((result) => [result.name, result.serverErrorsDuring - result.pageErrorsDuring]).filter(([, unexplained]) => unexplained !== 0)).toEqual([]);
  }, 420_000);
});

afterAll(() => {
  const drills = results;
  const zero = (label: string, value: number | undefined) => ({ label, value: value ?? "not reached", target: "0", ok: value === 0 });
  recordSection(ctx.reportDir, "50-faults", {
    order: 50,
    title: `5. Faults under load (${VIRTUAL_USERS} learners practising, autosaving and submitting; ${TUTOR_USERS} asking the tutor)`,
    figures: [
      { label: "drills run", value: drills.length },
      { label: "practice answers acknowledged / test submits acknowledged / attempts", value: invariants ? `${invariants.acknowledgedAnswers} / ${invariants.acknowledgedSubmits} / ${invariants.attempts}` : "not reached" },
      zero("after all drills: acknowledged answers lost", invariants?.lostAnswers),
      zero("answers counted twice (skill counts − answered items)", invariants?.doubleCounted),
      zero("half-written attempts (items ≠ the test's items)", invariants?.halfWrittenAttempts),
      zero("acknowledged submits not graded", invariants?.acknowledgedSubmitsNotGraded),
      zero("graded attempts whose total ≠ the sum of their items", invariants?.gradedWithWrongTotal),
      zero("errors after recovery (last 5 s of each watch)", drills.reduce((sum, result) => sum + result.failedAfterRecovery, 0)),
    ],
    table: {
      head: ["fault", "requests during", "errors seen by users", "of them unexplained (500 / INTERNAL)", "p95 before / during (ms)", "time to recover (ms)", "errors after recovery"],
      rows: drills.map((result) => [result.name, result.requests, result.failedDuring, `${result.serverErrorsDuring}${result.pageErrorsDuring ? ` (${result.pageErrorsDuring} pages)` : ""}`, `${result.p95BeforeMs} / ${result.p95DuringMs}`, result.recoverMs, result.failedAfterRecovery]),
    },
    notes: drills.filter((result) => result.notes).map((result) => `- ${result.name}: ${result.notes}`),
  });
});
