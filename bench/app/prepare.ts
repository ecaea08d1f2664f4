// Child process of the load benchmark (run with `tsx --conditions=react-server`, so the app's
// "server-only" modules load): migrates the database the way the app does, runs the app's demo
// seed, then the bulk seeds, and writes what the load needs to know as JSON to argv[2].
// Env: DATABASE_URL (the benchmark's PostgreSQL), BENCH_SIZE (JSON of Sizes).
import { writeFileSync } from "node:fs";
import pg from "pg";
import { seedPracticeBench } from "../practice/seed";
import { seedWorld, type World } from "./seed-world";
import { topUpOpenItems } from "./practice-pool";
import type { Sizes } from "./options";

export type Fixture = World & { benchCourseSlug: string; seedSeconds: { migrate: number; demo: number; bulk: number }; counts: Record<string, number> };

const out = process.argv[2];
const databaseUrl = process.env.DATABASE_URL;
if (!out || !databaseUrl) throw new Error("usage: DATABASE_URL=… BENCH_SIZE=… tsx --conditions=react-server bench/app/prepare.ts <fixture.json>");
const size = JSON.parse(process.env.BENCH_SIZE ?? "null") as Sizes | null;
if (!size) throw new Error("BENCH_SIZE is missing");

const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(1));
const { openDatabase, MIGRATIONS_FOLDER } = await import("@/drizzle/db");
const { seedDemoContent } = await import("@/drizzle/seed/seed");
const connection = await openDatabase({ url: databaseUrl, driver: "pg", pgliteDataDir: "unused", poolMax: 2 });
const client = new pg.Client({ connectionString: databaseUrl });
try {
  let started = performance.now();
  await connection.migrate(MIGRATIONS_FOLDER);
  const migrate = seconds(started);
  started = performance.now();
  const demo = await seedDemoContent(connection.db);
  if (!demo.seeded) throw new Error("the demo seed found content already there: the benchmark needs an empty database");
  const demoSeconds = seconds(started);
  started = performance.now();
  await client.connect();
  const practice = await seedPracticeBench(
    client,
    { questions: size.questions, topics: 20, heavyAnswers: size.heavyAnswers, otherLearners: size.learners, otherAnswersEach: size.answersEach },
    { vacuum: false },
  );
  const world = await seedWorld(client, {
    benchCourseSlug: practice.courseSlug,
    heavyLearnerId: practice.heavyLearnerId,
    size: { messages: size.messages, replies: size.replies, testsPerLearner: size.testsPerLearner },
  });
  await topUpOpenItems(client, world.learnerIds, [world.benchCourseId, world.demoCourseId]);
  const bulk = seconds(started);
  const { rows } = await client.query<Record<string, number>>(
    `select (select count(*) from users)::int as users, (select count(*) from questions)::int as questions,
       (select count(*) from practice_items)::int as practice_items, (select count(*) from review_cards)::int as review_cards,
       (select count(*) from attempts where state = 'in_progress')::int as open_attempts,
       (select count(*) from channel_messages where channel_id = $1)::int as general_messages,
       (select count(*) from practice_items where user_id = $2 and answered_at is not null)::int as heavy_answers`,
    [world.generalChannelId, world.heavyLearnerId],
  );
  const fixture: Fixture = { ...world, benchCourseSlug: practice.courseSlug, seedSeconds: { migrate, demo: demoSeconds, bulk }, counts: rows[0] ?? {} };
  writeFileSync(out, JSON.stringify(fixture));
} finally {
  await client.end().catch((error: unknown) => console.error("bench prepare: closing the seed connection failed:", error));
  await connection.close();
}
