import { spawn } from "node:child_process";
import { toolPath } from "./commands";
import { BackupError } from "./errors";
import { parseClientVersion, toolNotFoundMessage, type PgTool, type PgVersion } from "./versions";

export type ToolResult = { code: number | null; stdout: string; stderr: string };

/** Runs a PostgreSQL client tool to completion, collecting its output (rejects only when it cannot start). */
export function runTool(file: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** `pg_dump --version` / `pg_restore --version`, with a clear message when the tool is missing. */
export async function readToolVersion(tool: PgTool, pgBin: string | undefined, env: NodeJS.ProcessEnv, server?: PgVersion): Promise<PgVersion> {
  let result: ToolResult;
  try {
    result = await runTool(toolPath(tool, pgBin), ["--version"], env);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new BackupError(toolNotFoundMessage(tool, pgBin, server));
    throw error;
  }
  if (result.code !== 0) throw new BackupError(`${tool} --version failed (exit ${result.code}): ${result.stderr.trim()}`);
  return parseClientVersion(result.stdout);
}
