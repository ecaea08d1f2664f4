import { execFile } from "node:child_process";

export interface CommandResult {
  stdout: string;
  stderr: string;
}

/** Runs a command; on failure the error message includes its stderr and stdout. */
export function runCommand(file: string, args: readonly string[]): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { encoding: "utf8" }, (error, stdout, stderr) => {
      if (error) {
        const detail = [stderr.trim(), stdout.trim()].filter(Boolean).join("\n");
        reject(new Error(`${file} ${args.join(" ")} failed: ${error.message}\n${detail}`, { cause: error }));
        return;
      }
      resolve({ stdout, stderr });
    });
  });
}

/** Wraps a command so it runs as `user` when we are root (e.g. initdb refuses root). */
export function asUser(user: string, file: string, args: readonly string[]): [string, string[]] {
  const isRoot = process.getuid?.() === 0;
  return isRoot ? ["runuser", ["-u", user, "--", file, ...args]] : [file, [...args]];
}
