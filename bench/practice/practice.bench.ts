import pg from "pg";
import { afterAll, beforeAll, describe, it } from "vitest";
import type { ServedQuestion } from "@/features/practice/types";
import { closeAppDatabase, useAppDatabase } from "../../tests/support/app-env";
import { startPostgres, type PostgresHandle } from "../../tests/support/services/postgres";
import { explainSummary, formatCosts, formatTable, loadLine, machineLines, spyOnStatements, type StatementCost, type Timing } from "./report";
import { sampleBodies, seedPracticeBench, type BenchSize, type Seeded } from "./seed";

// Selection and answer recording against a real PostgreSQL at certification-prep scale.
// Prints figures; asserts only that the app answered as the seed implies.
const QUICK = ["1", "true"].includes(process.env.BENCH_QUICK ?? "");
const SIZE: BenchSize = QUICK
  ? { questions: 2_000, topics: 20, heavyAnswers: 1_000, otherLearners: 100, otherAnswersEach: 10 }
  : { questions: 10_000, topics: 20, heavyAnswers: 5_000, otherLearners: 1_000, otherAnswersEach: 20 };
const ITERATIONS = QUICK ? 50 : 300;
const WARM_UP = QUICK ? 5 : 20;

type Practice = typeof import("@/features/practice/db");
type Timed = <T>(work: () => Promise<T>) => Promise<T>;

/** A fixed stream of draws, so runs pick the same questions. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The seed's right answers: option "a", true, 42. */
function responseFor(question: ServedQuestion["question"], correct: boolean): unknown {
  if (question.type === "single_choice") return { optionId: correct ? "a" : "b" };
  if (question.type === "true_false") return { value: correct };
  if (question.type === "numeric") return { value: correct ? 42 : 41 };
  throw new Error(`the seed has no ${question.type} questions`);
}

describe("practice benchmark", () => {
  let postgres: PostgresHandle | undefined;
  let admin: pg.Client | undefined;
  let practice: Practice;
  let seeded: Seeded;

  beforeAll(async () => {
    const started = performance.now();
    postgres = await startPostgres();
    admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    const { dbModule } = await useAppDatabase("pg", { databaseUrl: postgres.url });
    await (await dbModule.getDatabaseConnection()).migrate(dbModule.MIGRATIONS_FOLDER);
    practice = await import("@/features/practice/db");
    const ready = performance.now();
    seeded = await seedPracticeBench(admin, SIZE);
    const { questionBodySchema } = await import("@/features/questions/schemas");
    for (const body of await sampleBodies(admin)) questionBodySchema.parse(body);
    const counts = await admin.query<{ items: number; users: number; cards: number }>(
      `select (select count(*) from practice_items)::int as items, (select count(*) from users)::int as users, (select count(*) from review_cards)::int as cards`,
    );
    console.log(`\n=== practice benchmark${QUICK ? " (--quick)" : ""} ===`);
    for (const line of await machineLines(admin)) console.log(line);
    const sizes = [...seeded.topicSizes.values()];
    console.log(
      `data:       ${SIZE.questions} questions, ${SIZE.topics} topics (${seeded.bigTopic}: ${seeded.topicSizes.get(seeded.bigTopic)}, others ${Math.min(...sizes)}–${Math.max(...sizes.filter((n) => n !== seeded.topicSizes.get(seeded.bigTopic)))}), ` +
        `heavy learner ${SIZE.heavyAnswers} answers, ${SIZE.otherLearners} other learners × ${SIZE.otherAnswersEach}; ` +
        `${counts.rows[0]?.items} practice_items, ${counts.rows[0]?.users} users, ${counts.rows[0]?.cards} review cards`,
    );
    console.log(`setup:      PostgreSQL + migrations ${Math.round(ready - started)} ms, seed + VACUUM ANALYZE ${Math.round(performance.now() - ready)} ms`);
  });

  afterAll(async () => {
    await closeAppDatabase();
    await admin?.end();
    await postgres?.stop();
  });

  it("prints selection and answer-recording times", async () => {
    const learner = { id: seeded.heavyLearnerId };
    const random = seededRandom(42);
    const spy = spyOnStatements(/^with recent as/);
    const serve = (topic: string | null) => practice.servePracticeQuestion(learner, seeded.courseSlug, topic, random);
    const timings: Timing[] = [];
    const costs = new Map<string, StatementCost[]>();

    /** Times (and counts the statements of) only the work passed to `timed`; warm-up runs are not kept. */
    async function measure(operation: string, run: (timed: Timed) => Promise<void>): Promise<void> {
      const timing: Timing = { operation, samples: [], statements: 0 };
      const timed =
        (keep: boolean): Timed =>
        async (work) => {
          const before = spy.count;
          spy.recording = keep;
          const started = performance.now();
          try {
            return await work();
          } finally {
            const elapsed = performance.now() - started;
            spy.recording = false;
            if (keep) {
              timing.samples.push(elapsed);
              timing.statements += spy.count - before;
            }
          }
        };
      for (let i = 0; i < WARM_UP; i += 1) await run(timed(false));
      spy.takeCosts();
      for (let i = 0; i < ITERATIONS; i += 1) await run(timed(true));
      timings.push(timing);
      costs.set(operation, spy.takeCosts());
    }

    try {
      await measure(`serve: topic of ${seeded.topicSizes.get(seeded.typicalTopic)} questions (${seeded.typicalTopic})`, async (timed) => {
        await timed(() => serve(seeded.typicalTopic));
      });
      await measure(`serve: topic of ${seeded.topicSizes.get(seeded.bigTopic)} questions (${seeded.bigTopic})`, async (timed) => {
        await timed(() => serve(seeded.bigTopic));
      });
      const bigCandidates = spy.captured;
      const neededTopics = new Map<string, number>();
      await measure("serve: what I need most (topic null)", async (timed) => {
        const served = await timed(() => serve(null));
        neededTopics.set(served.topic.slug, (neededTopics.get(served.topic.slug) ?? 0) + 1);
      });
      let answers = 0;
      let cards = 0;
      let readNext = 0;
      await measure("record answer (½ correct, ½ missed)", async (timed) => {
        const served = await serve(null);
        const correct = answers % 2 === 0;
        answers += 1;
        const { feedback } = await timed(() => practice.recordPracticeAnswer(learner, served.itemId, responseFor(served.question, correct), 9_000, new Date()));
        if (feedback.correct !== correct || feedback.replayed) throw new Error(`unexpected feedback for item ${served.itemId}`);
        if (feedback.reviewCardAdded) cards += 1;
        if (feedback.readNextQueued) readNext += 1;
      });

      console.log(`\nwarm-up ${WARM_UP} per operation, then ${ITERATIONS} sequential iterations (performance.now(), one client):\n`);
      console.log(formatTable(timings));
      console.log(`\n${loadLine()} at the end of the timed runs`);
      console.log(
        `\n"what I need most" served: ${[...neededTopics].map(([slug, n]) => `${slug} ×${n}`).join(", ")}; ` +
          `recorded misses added ${cards} review cards and queued ${readNext} read-next passages.`,
      );
      console.log("SQL stmts/op counts every statement the app's pool sent, BEGIN/COMMIT included.");
      console.log("\nTime per operation by statement (mean ms, round trip included; ×calls per operation):");
      for (const [operation, list] of costs) {
        console.log(`  ${operation}`);
        for (const line of formatCosts(list, ITERATIONS)) console.log(`    ${line}`);
      }
      if (bigCandidates && admin) {
        console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of selectCandidates on ${seeded.bigTopic} (${seeded.topicSizes.get(seeded.bigTopic)} questions):`);
        for (const line of await explainSummary(admin, bigCandidates)) console.log(`  ${line}`);
      }
    } finally {
      spy.restore();
    }
  });
});
