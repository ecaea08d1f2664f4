// `npm run bench [-- --quick]` → node bench/app/run.mjs: runs bench/app/main.ts with tsx's loader.
// Ctrl-C reaches main.ts too (same process group); it stops everything it started, and we wait for it.
// Should main.ts itself be killed outright, the server it started is stopped here (by the pid it noted);
// the PostgreSQL/Redis child stops by itself when its stdin closes.
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
const pidFile = path.join(os.tmpdir(), `learnforge-bench-${process.pid}.pids`);
const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "bench/app/main.ts"), ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, BENCH_PID_FILE: pidFile },
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    // SIGINT from the terminal reaches the child by itself; the others are passed on.
    if (signal !== "SIGINT") child.kill(signal);
  });
}

function stopLeftovers() {
  let pids = [];
  try {
    pids = readFileSync(pidFile, "utf8").split("\n").filter(Boolean).map(Number);
  } catch (error) {
    if (error.code !== "ENOENT") console.error("bench: could not read", pidFile, error.message);
  }
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
      console.error(`bench: stopped process ${pid} that main.ts left behind`);
    } catch (error) {
      if (error.code !== "ESRCH") console.error(`bench: could not stop process ${pid}:`, error.message);
    }
  }
  rmSync(pidFile, { force: true });
}

child.once("error", (error) => {
  console.error("bench: could not start bench/app/main.ts:", error.message);
  process.exit(1);
});
child.once("exit", (code, signal) => {
  stopLeftovers();
  process.exit(code ?? (signal ? 128 + 9 : 1));
});
