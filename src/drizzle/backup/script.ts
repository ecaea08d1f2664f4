// Start-up shared by scripts/db-backup.ts and db-restore.ts: .env files as Next.js reads them, the validated env,
// and exit codes (1 failed, 2 refused) with the operator's message instead of a stack trace.
import nextEnv from "@next/env";
import type { ScriptContext } from "./context";
import { BackupError, EXIT_FAILED } from "./errors";

export async function runBackupScript(childEnv: NodeJS.ProcessEnv, task: (context: ScriptContext) => Promise<unknown>): Promise<void> {
  try {
    nextEnv.loadEnvConfig(process.cwd());
    // The env module validates as it loads, so it comes in after the .env files are read.
    const { env } = await import("@/data/env/server");
    await task({
      database: { url: env.DATABASE_URL, driver: env.DATABASE_DRIVER, pgliteDataDir: env.PGLITE_DATA_DIR },
      vercelEnv: env.VERCEL_ENV,
      childEnv,
      print: (line) => console.log(line),
      now: () => new Date(),
    });
  } catch (error) {
    const expected = error instanceof BackupError || (error instanceof Error && error.name === "EnvError");
    console.error(expected ? (error as Error).message : error);
    process.exitCode = error instanceof BackupError ? error.exitCode : EXIT_FAILED;
  }
}
