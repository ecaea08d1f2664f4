import { selectDatabaseDriver } from "@/drizzle/drivers/select-driver";
import type { DatabaseDriver } from "@/drizzle/drivers/types";
import { BackupError } from "./errors";

export type DatabaseTarget = { url?: string; driver?: DatabaseDriver; pgliteDataDir: string };

/** The PostgreSQL URL to back up or restore; embedded PGlite gets instructions instead (pg_dump cannot reach it). */
export function requirePostgresUrl(target: DatabaseTarget, job: "backup" | "restore", now: Date): string {
  if (selectDatabaseDriver(target) !== "pglite" && target.url) return target.url;
  const why = target.url ? "DATABASE_DRIVER=pglite" : "DATABASE_URL is not set";
  const dir = target.pgliteDataDir;
  const stamp = now.toISOString().slice(0, 19).replaceAll("-", "").replaceAll(":", "");
  const how =
    job === "backup"
      ? `back it up by stopping the app and copying its data directory, e.g. cp -a ${dir} backups/pglite-${stamp}Z, then start the app again`
      : `restore it by stopping the app and copying a saved data directory back to ${dir} (move the current one aside first)`;
  throw new BackupError(`${why}, so LearnForge uses embedded PGlite in ${dir}, which pg_dump cannot reach: ${how}. ` +
    "Never copy it while the app runs: PGlite's files are only consistent when no process has them open.");
}
