import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import path from "node:path";
import type { ServiceAddresses } from "./services";

// The benchmark's helper processes, each a TypeScript entry run by Node with tsx's loader.

const tsxArgs = (root: string, entry: string, extra: string[] = []) => [...extra, "--import", "tsx", path.join(root, entry)];

export type ServicesHandle = ServiceAddresses & { pid: number; stop(): Promise<void> };

/** Starts bench/app/services.ts and waits for its addresses; stop() closes its stdin (it stops everything) and waits. */
export function startServices(root: string): Promise<ServicesHandle> {
  const child: ChildProcess = spawn(process.execPath, tsxArgs(root, "bench/app/services.ts"), { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
  let exit: string | undefined;
  const exited = new Promise<void>((resolve) => child.once("exit", (code, signal) => ((exit = signal ?? `exit ${code}`), resolve())));
  const stop = async () => {
    if (exit !== undefined) return;
    child.stdin?.end();
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once("line", (line) => {
      try {
        resolve({ ...(JSON.parse(line) as ServiceAddresses), pid: child.pid!, stop });
      } catch (error) {
        void stop().finally(() => reject(new Error(`bench services printed ${line.slice(0, 200)}`, { cause: error })));
      }
    });
    void exited.then(() => reject(new Error(`bench services exited before they were ready (${exit})`)));
  });
}

/** Runs bench/app/prepare.ts (migrate, demo seed, bulk seeds) to completion with the app's server-only modules loadable. */
export function runPrepare(root: string, fixtureFile: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...tsxArgs(root, "bench/app/prepare.ts", ["--conditions=react-server"]), fixtureFile], { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
    child.once("error", reject);
    child.once("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`bench prepare failed (${signal ?? `exit ${code}`})`))));
  });
}
