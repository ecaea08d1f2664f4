import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import * as schema from "@/drizzle/schema";
import { acquireDataDirLock } from "./pglite-lock";
import { countPgliteTransactionControl, queryCountLogger } from "./query-logger";
import type { Database, DatabaseConnection } from "./types";

/** Opens PGlite on a data directory (or in memory for "memory://"), holding an exclusive lock on it. */
export async function openPglite(dataDir: string): Promise<DatabaseConnection> {
  const inMemory = dataDir.startsWith("memory://");
  let releaseLock = () => {};
  if (!inMemory) {
    const absolute = path.resolve(dataDir);
    mkdirSync(path.dirname(absolute), { recursive: true });
    releaseLock = acquireDataDirLock(absolute);
  }
  try {
    const client = await PGlite.create(inMemory ? undefined : path.resolve(dataDir), { extensions: { vector } });
    countPgliteTransactionControl(client);
    const db = drizzle({ client, schema, logger: queryCountLogger });
    return {
      db: db as unknown as Database,
      driver: "pglite",
      migrate: (migrationsFolder) => migrate(db, { migrationsFolder }),
      close: async () => {
        await client.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}
