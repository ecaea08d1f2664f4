import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDatabase } from "../support/services/postgres";
import { closeAppDatabase, useAppDatabase } from "../support/app-env";

// The restore drill: a migrated, seeded database with awkward rows goes through `db:backup` and
// `db:restore` as real processes, and every table comes back with the same rows.
const VECTOR = Array.from({ length: 1536 }, (_, i) => Number(Math.sin(i + 1).toFixed(6)));
const MODEL = "drill-model";
const AWKWARD_NAME = `Zoë "Z" O'Brien — 🦊 עברית ١٢٣ e\u0301 back\\slash\ttab\nnewline`;

type Fingerprint = Record<string, string>;

function run(script: "db-backup" | "db-restore", args: string[], env: Record<string, string | undefined>) {
  const started = performance.now();
  const result = spawnSync("npx", ["tsx", `scripts/${script}.ts`, ...args], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_DRIVER: "pg", VERCEL_ENV: undefined, LOG_LEVEL: "silent", ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, output: `${result.stdout}${result.stderr}`, wallMs: Math.round(performance.now() - started) };
}

async function withClient<T>(url: string, task: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}

/** Rows and an md5 of every table in public and drizzle, sequence positions and extensions. */
function fingerprint(url: string): Promise<Fingerprint> {
  return withClient(url, async (client) => {
    const result: Fingerprint = {};
    const { rows: tables } = await client.query<{ name: string }>(
      `select format('%I.%I', schemaname, tablename) as name from pg_tables where schemaname in ('public', 'drizzle') order by 1`,
    );
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: number; md5: string }>(
        `select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as md5 from ${name} t`,
      );
      result[name] = `${rows[0]?.n} rows ${rows[0]?.md5}`;
    }
    const { rows: others } = await client.query<{ key: string; value: string }>(
      `select 'sequence ' || schemaname || '.' || sequencename as key, coalesce(last_value::text, 'unused') as value from pg_sequences
        where schemaname in ('public', 'drizzle')
       union all select 'extension ' || extname, extversion from pg_extension`,
    );
    for (const { key, value } of others) result[key] = value;
    return result;
  });
}

const tableCount = (print: Fingerprint) => Object.keys(print).filter((key) => !key.includes(" ")).length;
const rowCount = (print: Fingerprint) =>
  Object.entries(print).reduce((sum, [key, value]) => (key.includes(" ") ? sum : sum + Number(value.split(" ")[0])), 0);

describe("db:backup and db:restore (the restore drill)", () => {
  const workDir = mkdtempSync(path.join(tmpdir(), "lf-backup-"));
  const dumpFile = path.join(workDir, "nested", "drill.dump");
  let sourceUrl: string;
  let original: Fingerprint;
  let vectorChunkId: string;
  let unicodeChunkId: string;
  const figures = { backupMs: 0, backupWallMs: 0, restoreMs: 0, restoreWallMs: 0, dumpBytes: 0 };

  beforeAll(async () => {
    sourceUrl = await createDatabase(inject("databaseUrl"), `lf_drill_${Date.now()}`);
    const { dbModule } = await useAppDatabase("pg", { databaseUrl: sourceUrl });
    const connection = await dbModule.getDatabaseConnection();
    await connection.migrate(dbModule.MIGRATIONS_FOLDER);
    const { seedDemoContent } = await import("@/drizzle/seed/seed");
    expect((await seedDemoContent(connection.db)).seeded).toBe(true);
    await closeAppDatabase();

    await withClient(sourceUrl, async (client) => {
      const { rows: users } = await client.query<{ id: string }>(
        `insert into users (auth_provider, external_id, email, name) values ('dev', 'drill-ünïcode', 'zoë@exämple.test', $1) returning id`,
        [AWKWARD_NAME],
      );
      const { rows: chunks } = await client.query<{ id: string; lesson_id: string; course_id: string }>(
        `select id, lesson_id, course_id from lesson_chunks order by lesson_id, position limit 1`,
      );
      const [chunk] = chunks;
      if (!chunk || !users[0]) throw new Error("the seed wrote no lesson chunks");
      vectorChunkId = chunk.id;
      await client.query(`update lesson_chunks set embedding = $1::vector, embedding_model = $2, embedded_at = now() where id = $3`, [
        `[${VECTOR.join(",")}]`, MODEL, chunk.id,
      ]);
      const { rows: inserted } = await client.query<{ id: string }>(
        `insert into lesson_chunks (lesson_id, course_id, position, heading, anchor, content, content_hash, embedding)
         values ($1, $2, 999, 'Ünïcödé 🦊 heading', 'ünïcödé', $3, 'drill', null) returning id`,
        [chunk.lesson_id, chunk.course_id, "Grüße aus Köln — naïve café; 漢字; 👩‍🔬; a 'quote' and a \"double\""],
      );
      unicodeChunkId = inserted[0]?.id ?? "";
      const { rows: conversations } = await client.query<{ id: string }>(
        `insert into tutor_conversations (user_id, course_id, title) values ($1, $2, '会話 🦊') returning id`,
        [users[0].id, chunk.course_id],
      );
      const citations = [{ n: 1, lessonSlug: "ünï", lessonTitle: 'say "hi" \\ 🦊', anchor: "", heading: "עברית", extra: { nested: [null, 1e-7, true] } }];
      await client.query(`insert into tutor_messages (conversation_id, role, content, citations) values ($1, 'assistant', $2, $3::jsonb)`, [
        conversations[0]?.id, "ε = 0.001 ∀x∈ℝ", JSON.stringify(citations),
      ]);
    });
    original = await fingerprint(sourceUrl);
  });

  afterAll(async () => {
    await closeAppDatabase();
    rmSync(workDir, { recursive: true, force: true });
    console.log(
      `[restore drill] ${tableCount(original)} tables, ${rowCount(original)} rows; dump ${figures.dumpBytes} bytes; ` +
        `backup ${figures.backupMs} ms (process ${figures.backupWallMs} ms); restore ${figures.restoreMs} ms (process ${figures.restoreWallMs} ms)`,
    );
  });

  it("writes a custom-format dump as a real process and never overwrites one", () => {
    expect(original["public.lesson_chunks"]).toMatch(/^9\d rows /);
    expect(original["drizzle.__drizzle_migrations"]).toMatch(/^\d+ rows /);

    const backup = run("db-backup", ["--out", dumpFile], { DATABASE_URL: sourceUrl });
    expect(backup.output).toMatch(/backup written: .*drill\.dump \([\d.]+ KiB, \d+ bytes\) in \d+ ms — database lf_drill_\d+ on PostgreSQL 15\.\d+, pg_dump 15\.\d+/);
    expect(backup.status).toBe(0);
    expect(existsSync(`${dumpFile}.partial`)).toBe(false);
    figures.dumpBytes = statSync(dumpFile).size;
    figures.backupMs = Number(/in (\d+) ms/.exec(backup.output)?.[1]);
    figures.backupWallMs = backup.wallMs;

    const again = run("db-backup", ["--out", dumpFile], { DATABASE_URL: sourceUrl });
    expect(again.status).toBe(1);
    expect(again.output).toContain("already exists: a backup never overwrites another");
    expect(statSync(dumpFile).size).toBe(figures.dumpBytes);
  });

  it("after every table is dropped: restore without --yes changes nothing; with --yes every table comes back equal", async () => {
    await withClient(sourceUrl, (client) =>
      client.query(`do $$ declare t record; begin
        for t in select schemaname, tablename from pg_tables where schemaname in ('public', 'drizzle') loop
          execute format('drop table %I.%I cascade', t.schemaname, t.tablename);
        end loop; end $$`),
    );
    expect(tableCount(await fingerprint(sourceUrl))).toBe(0);

    const dryRun = run("db-restore", [dumpFile], { DATABASE_URL: sourceUrl });
    expect(dryRun.status).toBe(2);
    expect(dryRun.stdout).toContain(`target: ${sourceUrl}`);
    expect(dryRun.stdout).toMatch(/contents: \d+ entries \(.*TABLE DATA/);
    expect(dryRun.stdout).toContain(`tables with data: ${tableCount(original)}; extensions: vector; schemas besides public: drizzle`);
    expect(dryRun.output).toContain("refused: nothing was changed. Run again with --yes to restore.");
    expect(tableCount(await fingerprint(sourceUrl))).toBe(0);

    const restore = run("db-restore", [dumpFile, "--yes"], { DATABASE_URL: sourceUrl });
    expect(restore.output).toMatch(/restored .* in \d+ ms: \d+ tables with data; kept the installed extension vector as it was/);
    expect(restore.status).toBe(0);
    figures.restoreMs = Number(/in (\d+) ms: /.exec(restore.output)?.[1]);
    figures.restoreWallMs = restore.wallMs;
    expect(await fingerprint(sourceUrl)).toEqual(original);
  });

  it("restores into an empty database, creating the vector extension", async () => {
    const emptyUrl = await createDatabase(inject("databaseUrl"), `lf_drill_empty_${Date.now()}`);
    const restore = run("db-restore", [dumpFile, "--yes"], { DATABASE_URL: emptyUrl });
    expect(restore.output).toMatch(/restored .* tables with data$/m);
    expect(restore.status).toBe(0);
    expect(await fingerprint(emptyUrl)).toEqual(original);
  });

  it("restores as a non-superuser owner over a database whose vector extension the superuser owns, twice", async () => {
    const role = `lf_drill_owner_${Date.now()}`;
    const password = "dr!ll p@ss:wörd/?";
    const name = `lf_drill_owned_${Date.now()}`;
    await withClient(inject("databaseUrl"), async (client) => {
      await client.query(`create role ${role} login password '${password.replaceAll("'", "''")}'`);
      await client.query(`create database ${name} owner ${role}`);
    });
    const superUrl = new URL(inject("databaseUrl"));
    superUrl.pathname = `/${name}`;
    await withClient(superUrl.toString(), (client) => client.query("create extension vector"));
    const ownerUrl = new URL(superUrl);
    ownerUrl.username = role;
    ownerUrl.password = encodeURIComponent(password);

    for (const round of ["into the empty database", "over its own restore (--clean)"]) {
      const restore = run("db-restore", [dumpFile, "--yes"], { DATABASE_URL: ownerUrl.toString() });
      expect(restore.output, round).toContain("kept the installed extension vector as it was");
      expect(restore.output).toContain(`target: postgres://${role}:***@`);
      expect(restore.output).not.toContain(encodeURIComponent(password));
      expect(restore.status).toBe(0);
      expect(await fingerprint(superUrl.toString())).toEqual(original);
    }
  });

  it("the app searches the restored database by vector and by full text", async () => {
    await useAppDatabase("pg", { databaseUrl: sourceUrl });
    const search = await import("@/features/search/db");
    const [nearest] = await search.selectVectorHits(null, VECTOR, MODEL, { courseId: null, limit: 3 });
    expect(nearest?.id).toBe(vectorChunkId);
    expect(Number(nearest?.rank)).toBeCloseTo(1, 5);
    const words = await search.selectFullTextHits(null, "Köln", { courseId: null, limit: 5 });
    expect(words.map((hit) => hit.id)).toContain(unicodeChunkId);
  });

  it("refuses to back up when pg_dump is older than the server, naming both versions and what to install", () => {
    // A stand-in for an old client: --pg-bin is the script's real option for choosing the tools.
    const binDir = mkdtempSync(path.join(workDir, "bin-"));
    writeFileSync(path.join(binDir, "pg_dump"), '#!/bin/sh\necho "pg_dump (PostgreSQL) 14.11"\n');
    chmodSync(path.join(binDir, "pg_dump"), 0o755);
    const out = path.join(workDir, "refused.dump");

    const backup = run("db-backup", ["--out", out, "--pg-bin", binDir], { DATABASE_URL: sourceUrl });
    expect(backup.status).toBe(1);
    expect(backup.output).toMatch(
      /pg_dump 14\.11 cannot dump a PostgreSQL 15\.\d+ server: install postgresql-client-15 \(apt\.postgresql\.org; .*\) or run the backup from a machine that has it/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("names a missing dump file, and refuses production without --i-know-this-is-production", async () => {
    const missing = run("db-restore", [path.join(workDir, "nope.dump"), "--yes"], { DATABASE_URL: sourceUrl });
    expect(missing.status).toBe(1);
    expect(missing.output).toContain(`no such dump file: ${path.join(workDir, "nope.dump")}`);

    await withClient(sourceUrl, (client) => client.query("delete from tutor_messages"));
    const changed = await fingerprint(sourceUrl);
    const production = run("db-restore", [dumpFile, "--yes"], {
      DATABASE_URL: sourceUrl,
      VERCEL_ENV: "production",
      CLERK_SECRET_KEY: "sk_test_drill",
      NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "pk_test_drill",
    });
    expect(production.status).toBe(2);
    expect(production.output).toContain("refused: VERCEL_ENV=production");
    expect(production.output).toContain("--i-know-this-is-production");
    expect(await fingerprint(sourceUrl)).toEqual(changed);
  });
});
