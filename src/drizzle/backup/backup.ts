// npm run db:backup — check versions, then pg_dump the configured PostgreSQL to a custom-format file.
import { existsSync } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { BackupArgs } from "./args";
import { defaultBackupPath, formatBytes, isNeonPoolerUrl, pgDumpArgs, redactSecrets, toolConnection, toolPath } from "./commands";
import type { ScriptContext } from "./context";
import { BackupError } from "./errors";
import { readToolVersion, runTool } from "./run-tool";
import { inspectServer } from "./server";
import { requirePostgresUrl } from "./target";
import { findVersionProblem } from "./versions";

export type BackupResult = { file: string; bytes: number; ms: number };

export async function runBackup(args: BackupArgs, context: ScriptContext): Promise<BackupResult> {
  const started = performance.now();
  const url = requirePostgresUrl(context.database, "backup", context.now());
  const server = await inspectServer(url);
  const client = await readToolVersion("pg_dump", args.pgBin, context.childEnv, server.version);
  const problem = findVersionProblem("pg_dump", client, server.version);
  if (problem) throw new BackupError(problem);
  if (isNeonPoolerUrl(url)) {
    context.print("note: this is Neon's pooled endpoint (-pooler); if pg_dump fails, use the direct endpoint (the same host without -pooler)");
  }

  const file = args.out ?? defaultBackupPath(context.now());
  if (existsSync(file)) throw new BackupError(`${file} already exists: a backup never overwrites another; choose another --out`);
  await mkdir(path.dirname(file), { recursive: true });
  // Written under another name first, so a failed or interrupted dump never looks like a backup.
  const partial = `${file}.partial`;
  const connection = toolConnection(url);
  const result = await runTool(toolPath("pg_dump", args.pgBin), pgDumpArgs(connection.dbname, partial), {
    ...context.childEnv,
    ...connection.env,
  });
  if (result.code !== 0) {
    await rm(partial, { force: true });
    throw new BackupError(`pg_dump failed (exit ${result.code}); no backup was written:\n${redactSecrets(result.stderr.trim(), url)}`);
  }
  await rename(partial, file);
  const { size } = await stat(file);
  const ms = Math.round(performance.now() - started);
  context.print(
    `backup written: ${file} (${formatBytes(size)}, ${size} bytes) in ${ms} ms — database ${server.database} on PostgreSQL ${server.version.label}, pg_dump ${client.label}`,
  );
  context.print(`restore it with: npm run db:restore -- ${file} --yes`);
  return { file, bytes: size, ms };
}
