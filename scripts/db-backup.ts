// npm run db:backup [-- --out FILE] [--pg-bin DIR] — see src/drizzle/backup/backup.ts.
import { parseBackupArgs } from "@/drizzle/backup/args";
import { runBackup } from "@/drizzle/backup/backup";
import { runBackupScript } from "@/drizzle/backup/script";

// pg_dump inherits this process's environment (PATH, PGSSLROOTCERT, …).
await runBackupScript(process.env, (context) => runBackup(parseBackupArgs(process.argv.slice(2)), context));
