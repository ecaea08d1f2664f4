import { spawnSync } from "node:child_process";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, inject, it } from "vitest";
import { selectRows } from "@/drizzle/execute";
import { createDatabase } from "../support/services/postgres";
import { closeAppDatabase, useAppDatabase } from "../support/app-env";

// The npm scripts a developer runs against a real PostgreSQL: db:migrate, then db:seed (twice).
function npmRun(script: string, databaseUrl: string) {
  const result = spawnSync("npm", ["run", "--silent", script], {
    cwd: process.cwd(),
    env: { ...process.env, DATABASE_URL: databaseUrl, DATABASE_DRIVER: "pg", LOG_LEVEL: "silent" },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("npm run db:migrate and db:seed", () => {
  afterAll(closeAppDatabase);

  it("migrate a fresh PostgreSQL database and seed it once", async () => {
    const databaseUrl = await createDatabase(inject("databaseUrl"), `lf_scripts_${Date.now()}`);

    const migrated = npmRun("db:migrate", databaseUrl);
    expect(migrated.output).toMatch(/migrations applied with the pg driver/);
    expect(migrated.status).toBe(0);

    const seeded = npmRun("db:seed", databaseUrl);
    expect(seeded.output).toMatch(/seeded the demo course \(\d+ lessons, \d+ topics\)/);
    expect(seeded.status).toBe(0);

    const again = npmRun("db:seed", databaseUrl);
    expect(again.output).toContain("demo content already present");

    const { dbModule } = await useAppDatabase("pg", { databaseUrl });
    const { db } = await dbModule.getDatabaseConnection();
    const [counts] = await selectRows<{ courses: number; users: number; tests: number }>(
      db,
      sql`select (select count(*) from courses)::int as courses, (select count(*) from users where is_demo)::int as users,
                 (select count(*) from tests)::int as tests`,
    );
    expect(counts).toEqual({ courses: 1, users: 3, tests: 2 });
  });

  it("fails with a clear message when the database cannot be reached", () => {
    const result = npmRun("db:migrate", "postgres://postgres@127.0.0.1:1/none");
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/ECONNREFUSED/);
  });
});
