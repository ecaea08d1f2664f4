import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { vi } from "vitest";

export type DriverUnderTest = "pglite" | "pg" | "neon";

type DbModule = typeof import("@/drizzle/db");

/**
 * Points the app's env at one driver and re-imports the app modules, so that the very
 * code the server runs (env → db.ts → features/*\/db.ts) is what the test exercises.
 */
export async function useAppDatabase(
  driver: DriverUnderTest,
  options: { databaseUrl?: string; neonProxyPort?: number; pgliteDataDir?: string },
): Promise<{ dbModule: DbModule; dataDir?: string }> {
  const previous = (globalThis as { learnforgeDb?: Promise<{ close(): Promise<void> }> }).learnforgeDb;
  if (previous) await (await previous).close();
  (globalThis as { learnforgeDb?: unknown }).learnforgeDb = undefined;

  for (const key of ["DATABASE_URL", "DATABASE_DRIVER", "NEON_LOCAL_WS_PROXY", "PGLITE_DATA_DIR", "SEED_DEMO_CONTENT"]) {
    delete process.env[key];
  }
  let dataDir: string | undefined;
  if (driver === "pglite") {
    dataDir = options.pgliteDataDir ?? path.join(mkdtempSync(path.join(tmpdir(), "lf-pglite-")), "pglite");
    process.env.PGLITE_DATA_DIR = dataDir;
    process.env.SEED_DEMO_CONTENT = "false";
  } else {
    if (!options.databaseUrl) throw new Error(`${driver} needs a database URL`);
    process.env.DATABASE_URL = options.databaseUrl;
    process.env.DATABASE_DRIVER = driver;
    if (driver === "neon") process.env.NEON_LOCAL_WS_PROXY = `127.0.0.1:${options.neonProxyPort}`;
  }
  vi.resetModules();
  return { dbModule: await import("@/drizzle/db"), dataDir };
}

export async function closeAppDatabase(): Promise<void> {
  const current = (globalThis as { learnforgeDb?: Promise<{ close(): Promise<void> }> }).learnforgeDb;
  if (current) await (await current).close();
  (globalThis as { learnforgeDb?: unknown }).learnforgeDb = undefined;
}
