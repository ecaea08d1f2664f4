// npm run db:restore -- FILE [--yes] [--i-know-this-is-production] [--pg-bin DIR] — see src/drizzle/backup/restore.ts.
import { parseRestoreArgs } from "@/drizzle/backup/args";
import { runRestore } from "@/drizzle/backup/restore";
import { runBackupScript } from "@/drizzle/backup/script";

// pg_restore inherits this process's environment (PATH, PGSSLROOTCERT, …).
await runBackupScript(process.env, (context) => runRestore(parseRestoreArgs(process.argv.slice(2)), context));
