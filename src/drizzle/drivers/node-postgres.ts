import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { Pool } from "pg";
import * as schema from "@/drizzle/schema";
import { logger } from "@/lib/logger";
import { queryCountLogger } from "./query-logger";
import type { Database, DatabaseConnection } from "./types";

export function openNodePostgres(url: string, poolMax: number): DatabaseConnection {
  const pool = new Pool({ connectionString: url, max: poolMax, connectionTimeoutMillis: 5_000 });
  // An idle client that loses its server must not crash the process.
  pool.on("error", (error) => logger.error({ err: error }, "pg pool error: an idle connection failed"));
  const db = drizzle({ client: pool, schema, logger: queryCountLogger });
  return {
    db: db as unknown as Database,
    driver: "pg",
    migrate: (migrationsFolder) => migrate(db, { migrationsFolder }),
    close: () => pool.end(),
  };
}
