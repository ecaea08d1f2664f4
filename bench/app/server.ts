import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, type WriteStream } from "node:fs";
import path from "node:path";

// `next start` of the build in .next on a loopback port, its output kept in a log file (and a
// tally of its JSON log lines by level and message for the report).

export type ServerHandle = {
  url: string;
  pid: number;
  logFile: string;
  /** Log lines by "level: message", most frequent first. */
  logSummary(): { level: string; msg: string; count: number }[];
  stop(): Promise<void>;
};

const LEVELS: Record<number, string> = { 10: "trace", 20: "debug", 30: "info", 40: "warn", 50: "error", 60: "fatal" };

export async function startServer(options: { root: string; port: number; env: NodeJS.ProcessEnv; logFile: string; nodeArgs?: string[]; readyTimeoutMs?: number }): Promise<ServerHandle> {
  const url = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), path.join(options.root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(options.port)], {
    cwd: options.root,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: WriteStream = createWriteStream(options.logFile);
  const tally = new Map<string, { level: string; msg: string; count: number }>();
  let exit: string | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exit = signal ?? `exit ${code}`;
      resolve();
    });
  });
  const note = (chunk: Buffer) => {
    log.write(chunk);
    for (const line of chunk.toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      let level = "text";
      let msg = line.slice(0, 160);
      if (line.startsWith("{")) {
        try {
          const parsed = JSON.parse(line) as { level?: number | string; msg?: string };
          level = typeof parsed.level === "number" ? (LEVELS[parsed.level] ?? String(parsed.level)) : String(parsed.level ?? "?");
          msg = String(parsed.msg ?? "").slice(0, 160);
        } catch {
          // A partial line (chunk boundary): tallied as text.
        }
      }
      const key = `${level}: ${msg}`;
      const entry = tally.get(key) ?? { level, msg, count: 0 };
      entry.count += 1;
      tally.set(key, entry);
    }
  };
  child.stdout?.on("data", note);
  child.stderr?.on("data", note);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (exit === undefined) {
        child.kill("SIGTERM");
        // Long enough for a --cpu-prof profile to be written.
        const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
        await exited;
        clearTimeout(timer);
      }
      await new Promise<void>((resolve) => log.end(resolve));
    })());

  // Ready when the readiness check (database + cache) says ok.
  const deadline = Date.now() + (options.readyTimeoutMs ?? 90_000);
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (exit !== undefined) break;
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      const body = (await response.json()) as { status?: string };
      if (response.ok && body.status === "ok") {
        return { url, pid: child.pid!, logFile: options.logFile, logSummary: () => [...tally.values()].sort((a, b) => b.count - a.count), stop };
      }
      last = `${response.status} ${JSON.stringify(body)}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start did not become ready (${exit ? `it exited: ${exit}` : `last /api/health: ${last}`}); log: ${options.logFile}`);
}
