import path from "node:path";
import { redactDatabaseUrl } from "@/drizzle/drivers/select-driver";
import type { PgTool } from "./versions";

/** How pg_dump / pg_restore reach the database: the URL without its password (argv is visible to
 * every user of the machine in `ps`), and the password in PGPASSWORD for the child process only. */
export type ToolConnection = { dbname: string; env: { PGPASSWORD?: string } };

export function toolConnection(url: string): ToolConnection {
  const parsed = new URL(url);
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = "";
  return { dbname: parsed.toString(), env: password === undefined ? {} : { PGPASSWORD: password } };
}

/** The tool's path: in --pg-bin DIR when given, otherwise found on PATH. */
export function toolPath(tool: PgTool, pgBin: string | undefined): string {
  return pgBin ? path.join(pgBin, tool) : tool;
}

/** Custom format (compressed, restorable selectively); no owners or grants, which differ between hosts. */
export function pgDumpArgs(dbname: string, file: string): string[] {
  return ["--format=custom", "--no-owner", "--no-privileges", "--file", file, "--dbname", dbname];
}

/** --clean --if-exists replaces what the dump contains; --single-transaction makes it all or nothing. */
export function pgRestoreArgs(dbname: string, file: string, listFile?: string): string[] {
  const args = ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--dbname", dbname];
  if (listFile) args.push("--use-list", listFile);
  args.push(file);
  return args;
}

/** backups/learnforge-20260102T030405Z.dump (UTC, sortable, safe in file names). */
export function defaultBackupPath(now: Date): string {
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, "Z").replaceAll("-", "").replaceAll(":", "");
  return path.join("backups", `learnforge-${stamp}.dump`);
}

/** Tool output with the URL and its password hidden, in case a message echoes them. */
export function redactSecrets(text: string, url: string): string {
  const parsed = new URL(url);
  let result = text.replaceAll(url, redactDatabaseUrl(url));
  for (const secret of [parsed.password, parsed.password && decodeURIComponent(parsed.password)]) {
    if (secret) result = result.replaceAll(secret, "***");
  }
  return result;
}

/** Neon's pooled endpoint (…-pooler.…) goes through PgBouncer; pg_dump and pg_restore want the direct one. */
export function isNeonPoolerUrl(url: string): boolean {
  return /-pooler\./i.test(new URL(url).hostname);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
