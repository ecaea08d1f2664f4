import pg from "pg";
import { afterAll, beforeAll, describe, it } from "vitest";
import type { User } from "@/drizzle/schema";
import { closeAppDatabase, useAppDatabase } from "../../tests/support/app-env";
import { startPostgres, type PostgresHandle } from "../../tests/support/services/postgres";
import { explainSummary, formatTable, loadLine, machineLines, spyOnStatements, type Timing } from "../practice/report";
import { seedChannelBench, type ChannelBenchSize, type ChannelSeeded } from "./seed";

// A channel's latest page, an old page and the unread counts against a real PostgreSQL holding
// 100,000 messages in the channel. Prints figures; throws only if the app answers wrongly.
const QUICK = ["1", "true"].includes(process.env.BENCH_QUICK ?? "");
const SIZE: ChannelBenchSize = QUICK
  ? { messages: 10_000, replies: 1_000, learners: 50, otherClasses: 3, otherMessagesEach: 2_000 }
  : { messages: 100_000, replies: 10_000, learners: 200, otherClasses: 10, otherMessagesEach: 5_000 };
const ITERATIONS = QUICK ? 100 : 500;
const WARM_UP = QUICK ? 10 : 50;
const PAGE = 50;

type Channels = typeof import("@/features/channels/db");
type Unread = typeof import("@/features/channels/db-unread");

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`channel benchmark: ${message}`);
}

describe("channel benchmark", () => {
  let postgres: PostgresHandle | undefined;
  let admin: pg.Client | undefined;
  let channels: Channels;
  let unread: Unread;
  let seeded: ChannelSeeded;
  const users = new Map<string, User>();

  beforeAll(async () => {
    const started = performance.now();
    postgres = await startPostgres();
    admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    const { dbModule } = await useAppDatabase("pg", { databaseUrl: postgres.url });
    await (await dbModule.getDatabaseConnection()).migrate(dbModule.MIGRATIONS_FOLDER);
    channels = await import("@/features/channels/db");
    unread = await import("@/features/channels/db-unread");
    const ready = performance.now();
    seeded = await seedChannelBench(admin, SIZE);
    const { rows } = await admin.query(
      `select id, auth_provider as "authProvider", external_id as "externalId", email, name, image_url as "imageUrl", role, is_demo as "isDemo",
              created_at as "createdAt", updated_at as "updatedAt", deleted_at as "deletedAt", disabled_at as "disabledAt"
       from users where id = any($1)`,
      [[seeded.teacherId, seeded.caughtUpId, seeded.behindId, seeded.neverReadId]],
    );
    for (const row of rows as User[]) users.set(row.id, row);
    const counts = await admin.query<{ messages: number; channel: number; top: number }>(
      `select (select count(*) from channel_messages)::int as messages,
              (select count(*) from channel_messages where channel_id = $1)::int as channel,
              (select count(*) from channel_messages where channel_id = $1 and parent_id is null)::int as top`,
      [seeded.channelId],
    );
    console.log(`\n=== channel benchmark${QUICK ? " (--quick)" : ""} ===`);
    for (const line of await machineLines(admin)) console.log(line);
    const c = counts.rows[0]!;
    console.log(
      `data:       channel under test ${c.channel} messages (${c.top} top-level, ${c.channel - c.top} thread replies), ` +
        `${SIZE.learners} learners + a teacher in ${SIZE.otherClasses + 1} classes, ${c.messages} messages in all`,
    );
    console.log(`setup:      PostgreSQL + migrations ${Math.round(ready - started)} ms, seed + VACUUM ANALYZE ${Math.round(performance.now() - ready)} ms`);
  });

  afterAll(async () => {
    await closeAppDatabase();
    await admin?.end();
    await postgres?.stop();
  });

  it("prints latest-page, old-page and unread-count times", async () => {
    const user = (id: string) => users.get(id)!;
    const spy = spyOnStatements(/channel_messages/);
    const timings: Timing[] = [];
    const plans = new Map<string, Parameters<typeof explainSummary>[1]>();

    async function measure(operation: string, run: () => Promise<void>): Promise<void> {
      const timing: Timing = { operation, samples: [], statements: 0 };
      for (let i = 0; i < WARM_UP; i += 1) await run();
      for (let i = 0; i < ITERATIONS; i += 1) {
        const before = spy.count;
        spy.recording = true;
        const started = performance.now();
        await run();
        timing.samples.push(performance.now() - started);
        spy.recording = false;
        timing.statements += spy.count - before;
      }
      timings.push(timing);
      if (spy.captured) plans.set(operation, spy.captured);
    }

    try {
      const learner = user(seeded.behindId);
      await measure(`latest page (${PAGE} messages)`, async () => {
        const page = await channels.selectChannelPage(learner, seeded.channelId, { limit: PAGE });
        check(page.messages.length === PAGE && page.messages.some((message) => message.id === seeded.newestMessageId), "the latest page misses the newest message");
      });
      const middle = Math.round((seeded.oldestMessageId + seeded.newestMessageId) / 2);
      await measure(`older page, half-way back (before id ${middle})`, async () => {
        const page = await channels.selectChannelPage(learner, seeded.channelId, { before: middle, limit: PAGE });
        check(page.messages.length === PAGE && page.messages.every((message) => message.id < middle), "the old page is wrong");
      });
      await measure("unread count: never opened (capped at 100, shown 99+)", async () => {
        check((await channels.countUnread(user(seeded.neverReadId), seeded.channelId)) >= 99, "a reader who never opened the channel has fewer than 99 unread");
      });
      await measure("unread count: 30 behind", async () => {
        const count = await channels.countUnread(learner, seeded.channelId);
        check(count > 0 && count <= 30, `30 behind counted ${count}`);
      });
      await measure("unread count: caught up", async () => {
        check((await channels.countUnread(user(seeded.caughtUpId), seeded.channelId)) === 0, "a caught-up reader has unread messages");
      });
      await measure("unread counts for the nav (every channel of the reader's classes)", async () => {
        const counts = await unread.selectUnreadCounts(user(seeded.neverReadId));
        check(counts.total >= 99, `the nav total is ${counts.total}`);
      });

      // The whole history, page by page with the cursor: every message exactly once, newest first.
      const walkStarted = performance.now();
      const seen = new Set<number>();
      let before: number | undefined;
      let pages = 0;
      let previous = Number.POSITIVE_INFINITY;
      for (;;) {
        const page = await channels.selectChannelPage(learner, seeded.channelId, { before, limit: PAGE });
        if (page.messages.length === 0) break;
        pages += 1;
        for (const message of page.messages) {
          check(message.id < previous, "pages are not in descending id order");
          check(!seen.has(message.id), `message ${message.id} came twice`);
          previous = message.id;
          seen.add(message.id);
        }
        before = page.messages.at(-1)!.id;
      }
      const walkMs = performance.now() - walkStarted;
      check(seen.size === SIZE.messages, `the walk saw ${seen.size} of ${SIZE.messages} messages`);

      console.log(`\nwarm-up ${WARM_UP} per operation, then ${ITERATIONS} sequential iterations (performance.now(), one client):\n`);
      console.log(formatTable(timings));
      console.log(`\n${loadLine()} at the end of the timed runs`);
      console.log(
        `\nfull history walk: ${pages} pages of ${PAGE} by keyset cursor, ${seen.size} messages each seen once, newest first, ` +
          `${(walkMs / 1000).toFixed(1)} s (${(walkMs / pages).toFixed(2)} ms a page).`,
      );
      console.log("SQL stmts/op counts every statement the app's pool sent, the membership check included.");
      for (const operation of [`latest page (${PAGE} messages)`, "unread count: never opened (capped at 100, shown 99+)"]) {
        const statement = plans.get(operation);
        if (!statement || !admin) continue;
        console.log(`\nEXPLAIN (ANALYZE, BUFFERS) of the last channel_messages statement of "${operation}":`);
        for (const line of await explainSummary(admin, statement)) console.log(`  ${line}`);
      }
    } finally {
      spy.restore();
    }
  });
});
