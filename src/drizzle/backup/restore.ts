// npm run db:restore -- FILE --yes — show what the dump holds, refuse without confirmation, check versions,
// then pg_restore it in one transaction (all or nothing).
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { redactDatabaseUrl } from "@/drizzle/drivers/select-driver";
import type { RestoreArgs } from "./args";
import { formatBytes, pgRestoreArgs, redactSecrets, toolConnection, toolPath } from "./commands";
import type { ScriptContext } from "./context";
import { BackupError, EXIT_REFUSED } from "./errors";
import { dumpSourceWarning, explainListFailure, explainRestoreFailure } from "./messages";
import { dumpedTables, formatRestoreListSummary, listWithoutInstalledExtensions, parseRestoreList } from "./restore-list";
import { readToolVersion, runTool } from "./run-tool";
import { inspectServer } from "./server";
import { requirePostgresUrl } from "./target";
import { findVersionProblem } from "./versions";

export type RestoreResult = { ms: number; tables: number; keptExtensions: string[] };

async function dumpFileSize(file: string): Promise<number> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") throw new BackupError(`no such dump file: ${file}`);
    throw error;
  });
  if (!info.isFile()) throw new BackupError(`not a dump file: ${file} is a directory or device`);
  return info.size;
}

export async function runRestore(args: RestoreArgs, context: ScriptContext): Promise<RestoreResult> {
  const started = performance.now();
  const size = await dumpFileSize(args.file);
  const url = requirePostgresUrl(context.database, "restore", context.now());
  const restoreTool = toolPath("pg_restore", args.pgBin);
  const client = await readToolVersion("pg_restore", args.pgBin, context.childEnv);
  const listed = await runTool(restoreTool, ["--list", args.file], context.childEnv);
  if (listed.code !== 0) throw new BackupError(explainListFailure(args.file, listed.stderr, client));
  const list = parseRestoreList(listed.stdout);

  context.print(`dump: ${args.file} (${formatBytes(size)})`);
  for (const line of formatRestoreListSummary(list)) context.print(`  ${line}`);
  context.print(`target: ${redactDatabaseUrl(url)}`);
  context.print("  pg_restore --clean --if-exists --single-transaction: drops and recreates what the dump holds, all or nothing; other tables are left alone");
  if (context.vercelEnv === "production" && !args.productionConfirmed) {
    throw new BackupError(
      "refused: VERCEL_ENV=production. Restoring over production loses everything written since the dump; prefer Neon's point-in-time " +
        "restore to a branch (see README). If you really mean it, add --i-know-this-is-production. Nothing was changed.",
      EXIT_REFUSED,
    );
  }
  if (!args.yes) throw new BackupError("refused: nothing was changed. Run again with --yes to restore.", EXIT_REFUSED);

  const server = await inspectServer(url);
  const problem = findVersionProblem("pg_restore", client, server.version);
  if (problem) throw new BackupError(problem);
  const warning = dumpSourceWarning(list.header.dumpedFrom, server.version);
  if (warning) context.print(warning);

  const { text, kept } = listWithoutInstalledExtensions(list, server.extensions);
  const workDir = await mkdtemp(path.join(tmpdir(), "learnforge-restore-"));
  try {
    const listFile = path.join(workDir, "toc.list");
    await writeFile(listFile, text);
    const connection = toolConnection(url);
    const result = await runTool(restoreTool, pgRestoreArgs(connection.dbname, args.file, listFile), { ...context.childEnv, ...connection.env });
    if (result.code !== 0) throw new BackupError(redactSecrets(explainRestoreFailure(result.stderr, result.code), url));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  const ms = Math.round(performance.now() - started);
  const tables = dumpedTables(list).length;
  const keptNote = kept.length > 0 ? `; kept the installed extension ${kept.join(", ")} as it was` : "";
  context.print(`restored ${args.file} into database ${server.database} (PostgreSQL ${server.version.label}) in ${ms} ms: ${tables} tables with data${keptNote}`);
  return { ms, tables, keptExtensions: kept };
}
