import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { Database } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import * as schema from "@/drizzle/schema";
import { createDatabase } from "../support/services/postgres";
import { closeAppDatabase, useAppDatabase, type DriverUnderTest } from "../support/app-env";

// Migrations as production meets them: a fresh database, a database that holds data from the
// previous release (0000–0003) and is upgraded in place, and the db:drift / db:lint-migrations checks.
const MIGRATIONS = path.join(process.cwd(), "src/drizzle/migrations");
type JournalEntry = { idx: number; version: string; when: number; tag: string; breakpoints: boolean };
const readJournal = (folder: string) => JSON.parse(readFileSync(path.join(folder, "meta/_journal.json"), "utf8")) as { entries: JournalEntry[] };
const JOURNAL = readJournal(MIGRATIONS).entries;
const SQL_FILES = readdirSync(MIGRATIONS).filter((name) => name.endsWith(".sql"));
const SCHEMA_TABLES = Object.values(schema).filter((value) => is(value, PgTable)).map((table) => getTableName(table as PgTable)).sort();
const RELEASED = 4; // 0000–0003: what production ran before the AI layer (released.json)
const AI_LAYER_TABLES = ["ai_grades", "ai_usage", "lesson_chunks", "question_drafts", "tutor_conversations", "tutor_messages"];
const CHANNEL_TABLES = ["channel_messages", "channel_reads", "channels", "notifications"];
const NEW_TABLES = [...AI_LAYER_TABLES, ...CHANNEL_TABLES].sort();
const AI_LAYER_TABLES_WITHOUT_CHUNKS = AI_LAYER_TABLES.filter((table) => table !== "lesson_chunks");
const temps: string[] = [];

/** A copy of the migrations folder whose journal lists only the first `count` migrations. */
function migrationsFolder(count = JOURNAL.length, extra: Record<string, string> = {}): string {
  const folder = path.join(mkdtempSync(path.join(tmpdir(), "lf-migrations-")), "migrations");
  temps.push(path.dirname(folder));
  cpSync(MIGRATIONS, folder, { recursive: true });
  const journal = readJournal(folder);
  journal.entries = journal.entries.slice(0, count);
  for (const [tag, body] of Object.entries(extra)) {
    writeFileSync(path.join(folder, `${tag}.sql`), body);
    journal.entries.push({ idx: journal.entries.length, version: "7", when: journal.entries.at(-1)!.when + 1, tag, breakpoints: true });
  }
  writeFileSync(path.join(folder, "meta/_journal.json"), JSON.stringify(journal, null, 2));
  return folder;
}

let databases = 0;
async function openDatabase(driver: DriverUnderTest, pgliteDataDir?: string) {
  const name = `lf_migrations_${Date.now()}_${++databases}`;
  const databaseUrl = driver === "pg" ? await createDatabase(inject("databaseUrl"), name) : undefined;
  const { dbModule } = await useAppDatabase(driver, { databaseUrl, pgliteDataDir });
  const connection = await dbModule.getDatabaseConnection(); // PGlite migrates itself here, as the app does
  return { db: connection.db, migrate: (folder = dbModule.MIGRATIONS_FOLDER) => connection.migrate(folder) };
}

const tablesOf = async (db: Database) =>
  (await selectRows<{ name: string }>(db, sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`)).map((row) => row.name);
const appliedMigrations = (db: Database) =>
  selectRows<{ hash: string; created_at: string }>(db, sql`select hash, created_at from drizzle.__drizzle_migrations order by id`);

const U = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const LESSON = "# {title}\n\nIntroduction to {title}: a measure of the centre of a data set.\n\n## Variance\n\nVariance measures the spread of values around the mean.\n\n## Worked example\n\nFor 2, 4 and 6 the mean is 4.";

/** Rows like the demo's, written with plain SQL: the app's seed writes lesson_chunks, which 0004 creates. */
async function seedPreAiRelease(db: Database): Promise<void> {
  const statements = [
    sql`insert into users (id, auth_provider, external_id, email, name, role) values (${U(1)}, 'dev', 'dev-teacher', 't@example.test', 'Teacher', 'teacher'), (${U(2)}, 'dev', 'dev-learner', 'l@example.test', 'Learner', 'learner')`,
    sql`insert into courses (id, slug, title, owner_id, visibility, published_at) values (${U(10)}, 'upgrade-course', 'Upgrade course', ${U(1)}, 'public', now())`,
    sql`insert into modules (id, course_id, slug, title, position) values (${U(20)}, ${U(10)}, 'centre', 'Centre', 1)`,
    sql`insert into lessons (id, course_id, module_id, slug, title, markdown, position, published_at) values
        (${U(30)}, ${U(10)}, ${U(20)}, 'mean', 'The mean', ${LESSON.replaceAll("{title}", "the mean")}, 1, now()),
        (${U(31)}, ${U(10)}, ${U(20)}, 'median', 'The median', ${LESSON.replaceAll("{title}", "the median")}, 2, now())`,
    sql`insert into questions (id, course_id, author_id) values (${U(40)}, ${U(10)}, ${U(1)})`,
    sql`insert into question_versions (id, question_id, version, type, body, author_id) values (${U(41)}, ${U(40)}, 1, 'essay', ${JSON.stringify({ prompt: "Explain variance." })}::jsonb, ${U(1)})`,
    sql`insert into tests (id, course_id, author_id, title, published_at) values (${U(50)}, ${U(10)}, ${U(1)}, 'Spread', now())`,
    sql`insert into test_items (test_id, position, question_id) values (${U(50)}, 1, ${U(40)})`,
    sql`insert into attempts (id, test_id, user_id, attempt_number, state, max_score, submitted_at) values (${U(60)}, ${U(50)}, ${U(2)}, 1, 'submitted', 1, now())`,
    sql`insert into classes (id, course_id, teacher_id, name, join_code) values (${U(80)}, ${U(10)}, ${U(1)}, 'Period 1', 'UPGRADE1')`,
    sql`insert into class_members (class_id, user_id, role) values (${U(80)}, ${U(1)}, 'teacher'), (${U(80)}, ${U(2)}, 'learner')`,
  ];
  for (const statement of statements) await db.execute(statement);
}

const OLD_TABLES = ["users", "courses", "modules", "lessons", "questions", "question_versions", "tests", "test_items", "attempts", "classes", "class_members"];
async function countRows(db: Database, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await selectRows<{ count: number }>(db, sql`select count(*)::int as count from ${sql.identifier(table)}`);
    counts[table] = Number(row?.count);
  }
  return counts;
}

/** The AI layer's tables accept rows that point at the pre-existing data. */
async function useAiLayerTables(db: Database): Promise<void> {
  await db.execute(sql`insert into ai_grades (attempt_id, slot, question_version_id, score, max_score, criteria, confidence, model, status)
                       values (${U(60)}, 1, ${U(41)}, 0.5, 1, '[]'::jsonb, 0.8, 'stub', 'queued')`);
  await db.execute(sql`insert into ai_usage (user_id, feature, model, outcome) values (${U(1)}, 'grading', 'stub', 'ok')`);
  await db.execute(sql`insert into tutor_conversations (id, user_id, course_id, title) values (${U(70)}, ${U(2)}, ${U(10)}, 'Spread')`);
  await db.execute(sql`insert into tutor_messages (conversation_id, role, content) values (${U(70)}, 'user', 'What is variance?')`);
}

afterAll(async () => {
  await closeAppDatabase();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

// (PGlite's fresh migration is covered by database.integ.test.ts; here it is upgraded in place.)
describe("drizzle's migrator on a fresh PostgreSQL database", () => {
  it("applies every migration once, to every table of the schema, and again as a no-op", async () => {
    const { db, migrate } = await openDatabase("pg");
    await migrate();
    expect(await tablesOf(db)).toEqual(SCHEMA_TABLES);
    const applied = await appliedMigrations(db);
    expect(applied).toHaveLength(JOURNAL.length);
    expect(applied).toHaveLength(SQL_FILES.length);
    // drizzle records each file's sha256, the hash released.json pins for released migrations.
    const released = JSON.parse(readFileSync(path.join(MIGRATIONS, "released.json"), "utf8")) as { released: { sha256: string }[] };
    expect(applied.slice(0, released.released.length).map((row) => row.hash)).toEqual(released.released.map((entry) => entry.sha256));

    await migrate();
    expect(await appliedMigrations(db)).toEqual(applied);
  });

  it("runs all pending migrations in one transaction, so CREATE INDEX CONCURRENTLY fails and nothing is recorded", async () => {
    const { db, migrate } = await openDatabase("pg");
    await migrate();
    const folder = migrationsFolder(JOURNAL.length, {
      "0099_probe_plain": `CREATE TABLE "probe" ("id" integer);`,
      "0100_probe_concurrent_index": `CREATE INDEX CONCURRENTLY IF NOT EXISTS "attempts_score_idx" ON "attempts" ("score");`,
    });
    const error = (await migrate(folder).catch((caught: unknown) => caught)) as Error & { cause?: Error };
    expect(`${error.message} ${error.cause?.message ?? ""}`).toMatch(/CREATE INDEX CONCURRENTLY cannot run inside a transaction block/);
    expect(await appliedMigrations(db)).toHaveLength(JOURNAL.length);
    expect(await tablesOf(db)).not.toContain("probe"); // the plain migration before it was rolled back too
  });
});

describe.each<DriverUnderTest>(["pg", "pglite"])("upgrading the previous release's database on the %s driver", (driver) => {
  it("keeps every row, defaults the new column, leaves the new tables empty and usable, and chunks old lessons", async () => {
    const { db, before, indexedByUpgrade } = await upgradeFromPreviousRelease(driver);
    expect(await countRows(db, OLD_TABLES)).toEqual(before.rows);
    expect((await tablesOf(db)).filter((table) => !before.tables.includes(table))).toEqual(NEW_TABLES);
    expect(await appliedMigrations(db)).toHaveLength(JOURNAL.length);
    expect(await selectRows(db, sql`select ai_grading from tests`)).toEqual([{ ai_grading: "suggest" }]);
    expect(await countRows(db, AI_LAYER_TABLES_WITHOUT_CHUNKS)).toEqual(Object.fromEntries(AI_LAYER_TABLES_WITHOUT_CHUNKS.map((table) => [table, 0])));
    // 0005 gives every existing class its two default channels, owned by its teacher; users gain disabled_at (null).
    expect(await selectRows(db, sql`select class_id, name, kind, posting, created_by from channels order by name`)).toEqual([
      { class_id: U(80), name: "announcements", kind: "announcements", posting: "teachers", created_by: U(1) },
      { class_id: U(80), name: "general", kind: "general", posting: "everyone", created_by: U(1) },
    ]);
    expect(await selectRows(db, sql`select count(*)::int as disabled from users where disabled_at is not null`)).toEqual([{ disabled: 0 }]);

    // Lessons written before search existed get chunks once, and full-text search finds them.
    if (indexedByUpgrade !== null) expect(indexedByUpgrade).toBe(2);
    const { indexUnchunkedLessons } = await import("@/features/search/db-index");
    expect(await indexUnchunkedLessons(db)).toBe(0);
    const [chunks] = await selectRows<{ lessons: number; chunks: number; courses: string[] }>(
      db,
      sql`select count(distinct lesson_id)::int as lessons, count(*)::int as chunks, array_agg(distinct course_id::text) as courses from lesson_chunks`,
    );
    expect(chunks).toMatchObject({ lessons: 2, courses: [U(10)] });
    expect(chunks!.chunks).toBeGreaterThanOrEqual(2);
    const found = await selectRows<{ lesson_id: string }>(
      db,
      sql`select distinct lesson_id from lesson_chunks where search @@ websearch_to_tsquery('english', 'variance spread') order by 1`,
    );
    expect(found.map((row) => row.lesson_id)).toEqual([U(30), U(31)]);

    await useAiLayerTables(db);
    expect(await countRows(db, ["ai_grades", "ai_usage", "tutor_conversations", "tutor_messages"])).toEqual({
      ai_grades: 1,
      ai_usage: 1,
      tutor_conversations: 1,
      tutor_messages: 1,
    });
  });
});

function runScript(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join("scripts", script), ...args], { cwd: process.cwd(), encoding: "utf8", timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const folderHashes = (folder: string) =>
  Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(folder, file), createHash("sha256").update(readFileSync(file)).digest("hex")];
      }),
  );

describe("npm run db:drift", () => {
  it("passes when the schema matches the migrations, without touching the migrations folder", () => {
    const before = folderHashes(MIGRATIONS);
    const result = runScript("db-drift.mjs");
    expect(result.output).toContain(`no drift: the schema matches the ${JOURNAL.length} migrations`);
    expect(result.status).toBe(0);
    expect(folderHashes(MIGRATIONS)).toEqual(before);
  });

  it("fails when the schema has changes no migration holds, naming the file drizzle-kit would write", () => {
    const folder = migrationsFolder(JOURNAL.length - 1);
    rmSync(path.join(folder, `${JOURNAL.at(-1)!.tag}.sql`));
    rmSync(path.join(folder, `meta/${String(JOURNAL.length - 1).padStart(4, "0")}_snapshot.json`));
    const before = folderHashes(folder);
    const result = runScript("db-drift.mjs", "--migrations", folder);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/drift: the schema does not match the \d+ migrations/);
    expect(result.output).toMatch(/new .*\/\d{4}_\w+\.sql/);
    expect(result.output).toContain(`CREATE INDEX "channel_messages_pinned_idx"`);
    expect(folderHashes(folder)).toEqual(before); // drizzle-kit wrote to a copy of the copy
  });
});

describe("npm run db:lint-migrations", () => {
  it("passes the unreleased 0004, 0005 and 0006 on their reviewed waivers", () => {
    const result = runScript("lint-migrations.mjs");
    expect(result.output).toContain("squawk checked 0004_ai_layer.sql, 0005_channels_notifications.sql, 0006_channel_pinned_index.sql (not yet released)");
    expect(result.output).toMatch(/waived 0004_ai_layer\.sql prefer-bigint-over-int ×6/);
    expect(result.output).toMatch(/waived 0006_channel_pinned_index\.sql require-concurrent-index-creation ×1/);
    expect(result.status).toBe(0);
  });

  it("fails an unwaived finding in a new migration and an edit to a released one", () => {
    const folder = migrationsFolder(JOURNAL.length, {
      "0099_attempt_scores": `SET LOCAL lock_timeout = '5s';--> statement-breakpoint\nSET LOCAL statement_timeout = '60s';--> statement-breakpoint\nCREATE INDEX "attempts_score_idx" ON "attempts" USING btree ("score");`,
    });
    appendFileSync(path.join(folder, "0003_practice_review.sql"), "\n-- an edit after release\n");
    const result = runScript("lint-migrations.mjs", "--migrations", folder);
    expect(result.status).toBe(1);
    expect(result.output).toContain("0099_attempt_scores.sql:3:1 require-concurrent-index-creation");
    expect(result.output).not.toMatch(/0099_attempt_scores\.sql\S* require-lock-timeout/);
    expect(result.output).toContain("0003_practice_review.sql changed after it was released");
  });
});

/**
 * The previous release's database (migrations 0000–0003) with data in it, upgraded the way each
 * driver is upgraded for real: PostgreSQL by npm run db:migrate (migrate, then chunk unchunked
 * lessons); an embedded PGlite directory by the new app opening it (it does both at startup).
 */
async function upgradeFromPreviousRelease(driver: DriverUnderTest): Promise<{
  db: Database;
  before: { rows: Record<string, number>; tables: string[] };
  /** Lessons chunked by the upgrade step (null: PGlite chunked them at startup). */
  indexedByUpgrade: number | null;
}> {
  const writePreviousRelease = async (db: Database, migrate: (folder: string) => Promise<void>) => {
    await migrate(migrationsFolder(RELEASED));
    const tables = await tablesOf(db);
    expect(tables).not.toContain("lesson_chunks");
    await seedPreAiRelease(db);
    const rows = await countRows(db, OLD_TABLES);
    expect(rows).toMatchObject({ users: 2, lessons: 2, tests: 1, attempts: 1 });
    return { rows, tables };
  };
  if (driver === "pg") {
    const { db, migrate } = await openDatabase("pg");
    const before = await writePreviousRelease(db, migrate);
    await migrate(); // what npm run db:migrate does, then:
    const { indexUnchunkedLessons } = await import("@/features/search/db-index");
    return { db, before, indexedByUpgrade: await indexUnchunkedLessons(db) };
  }
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "lf-pglite-")), "pglite");
  temps.push(path.dirname(dataDir));
  const { openPglite } = await import("@/drizzle/drivers/pglite");
  const previous = await openPglite(dataDir);
  let before;
  try {
    before = await writePreviousRelease(previous.db, previous.migrate);
  } finally {
    await previous.close();
  }
  const { db } = await openDatabase("pglite", dataDir);
  return { db, before, indexedByUpgrade: null };
}
