import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "@/drizzle/schema";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** The handle inside `db.transaction(async (tx) => …)`. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DatabaseDriver = "pglite" | "pg" | "neon";

/** An open database: the Drizzle handle plus what the app needs around it. */
export type DatabaseConnection = {
  db: Database;
  driver: DatabaseDriver;
  /** Applies every pending migration from the one migrations folder. */
  migrate(migrationsFolder: string): Promise<void>;
  close(): Promise<void>;
};
