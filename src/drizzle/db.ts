import path from "node:path";
import { env } from "@/data/env/server";
import { logger } from "@/lib/logger";
import { openNeon } from "./drivers/neon";
import { openNodePostgres } from "./drivers/node-postgres";
import { openPglite } from "./drivers/pglite";
import { redactDatabaseUrl, selectDatabaseDriver } from "./drivers/select-driver";
import type { Database, DatabaseConnection, DatabaseDriver, Transaction } from "./drivers/types";

export type { Database, DatabaseConnection, DatabaseDriver, Transaction };

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "src/drizzle/migrations");

export type DatabaseConfig = {
  url?: string;
  driver?: DatabaseDriver;
  pgliteDataDir: string;
  poolMax: number;
  neonLocalProxy?: string;
};

export function databaseConfigFromEnv(): DatabaseConfig {
  return {
    url: env.DATABASE_URL,
    driver: env.DATABASE_DRIVER,
    pgliteDataDir: env.PGLITE_DATA_DIR,
    poolMax: env.DATABASE_POOL_MAX,
    neonLocalProxy: env.NEON_LOCAL_WS_PROXY,
  };
}

/** Opens a connection with the driver the configuration selects. */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseConnection> {
  const driver = selectDatabaseDriver(config);
  if (driver === "pglite") return openPglite(config.pgliteDataDir);
  if (!config.url) throw new Error(`DATABASE_URL is required for the ${driver} driver`);
  return driver === "neon"
    ? openNeon(config.url, config.poolMax, config.neonLocalProxy)
    : openNodePostgres(config.url, config.poolMax);
}

/** The embedded database migrates itself and, when empty, gets the demo content. */
async function prepareEmbeddedDatabase(connection: DatabaseConnection): Promise<void> {
  const started = performance.now();
  await connection.migrate(MIGRATIONS_FOLDER);
  if (env.SEED_DEMO_CONTENT !== false) {
    const { seedDemoContent } = await import("./seed/seed");
    const result = await seedDemoContent(connection.db);
    if (result.seeded) logger.info({ ...result }, "seeded the demo content");
  }
  // Lessons written before search existed get their search chunks once.
  const { indexUnchunkedLessons } = await import("@/features/search/db-index");
  const indexed = await indexUnchunkedLessons(connection.db);
  if (indexed > 0) logger.info({ indexed }, "indexed lessons for search");
  logger.info({ ms: Math.round(performance.now() - started) }, "embedded database ready");
}

const globalForDb = globalThis as typeof globalThis & { learnforgeDb?: Promise<DatabaseConnection> };

/** The process-wide connection (kept on globalThis so dev reloads reuse it). */
export function getDatabaseConnection(): Promise<DatabaseConnection> {
  if (!globalForDb.learnforgeDb) {
    const config = databaseConfigFromEnv();
    const pending = (async () => {
      const connection = await openDatabase(config);
      logger.info(
        { driver: connection.driver, url: config.url ? redactDatabaseUrl(config.url) : config.pgliteDataDir },
        "database opened",
      );
      if (connection.driver === "pglite") await prepareEmbeddedDatabase(connection);
      return connection;
    })();
    // A failed start is not cached: the next request tries again.
    pending.catch(() => {
      if (globalForDb.learnforgeDb === pending) globalForDb.learnforgeDb = undefined;
    });
    globalForDb.learnforgeDb = pending;
  }
  return globalForDb.learnforgeDb;
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseConnection()).db;
}
