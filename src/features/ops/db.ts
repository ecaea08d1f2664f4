import "server-only";
import { sql } from "drizzle-orm";
import { databaseConfigFromEnv, getDatabaseConnection, type DatabaseDriver } from "@/drizzle/db";
import { selectDatabaseDriver } from "@/drizzle/drivers/select-driver";
import { errorMessageWithCauses } from "@/lib/error-message";
import { withTimeout } from "@/lib/timeout";

export type DatabaseHealth =
  | { ok: true; driver: DatabaseDriver; latencyMs: number }
  | { ok: false; driver: DatabaseDriver; latencyMs: number; error: string };

/** One round trip to the database, bounded so a hung server cannot hang the probe. */
export async function checkDatabaseHealth(timeoutMs = 3_000): Promise<DatabaseHealth> {
  const driver = selectDatabaseDriver(databaseConfigFromEnv());
  const started = performance.now();
  try {
    await withTimeout(
      (async () => {
        const { db } = await getDatabaseConnection();
        await db.execute(sql`select 1`);
      })(),
      timeoutMs,
      "database round trip",
    );
    return { ok: true, driver, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return {
      ok: false,
      driver,
      latencyMs: Math.round(performance.now() - started),
      error: errorMessageWithCauses(error),
    };
  }
}
