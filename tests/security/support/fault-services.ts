import { spawn, type ChildProcess } from "node:child_process";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabase } from "../../support/services/postgres";
import { findFreePort } from "../../support/services/free-port";
import { createRedisConnection } from "../../support/services/redis-connection";
import { asUser, runCommand } from "../../support/services/run-command";

// A PostgreSQL and a redis-server the fault drills may stop, pause and start again on the same
// ports (the shared test services have no such controls, on purpose).

const PG_BIN = "/usr/lib/postgresql/15/bin";

export type ControllablePostgres = { url: string; port: number; halt(): Promise<void>; resume(): Promise<void>; stop(): Promise<void> };
export type ControllableRedis = { port: number; pause(): void; unpause(): void; kill(): Promise<void>; restart(): Promise<void>; stop(): Promise<void> };

export async function startControllablePostgres(): Promise<ControllablePostgres> {
  const dir = await mkdtemp(join(tmpdir(), "learnforge-fault-pg-"));
  const dataDir = join(dir, "data");
  if (process.getuid?.() === 0) {
    const uid = Number((await runCommand("id", ["-u", "postgres"])).stdout.trim());
    const gid = Number((await runCommand("id", ["-g", "postgres"])).stdout.trim());
    await chown(dir, uid, gid);
  }
  const port = await findFreePort();
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off`;
  const pgCtl = (...args: string[]) => asUser("postgres", join(PG_BIN, "pg_ctl"), ["-D", dataDir, ...args]);
  await runCommand(...asUser("postgres", join(PG_BIN, "initdb"), ["-D", dataDir, "--auth=trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]));
  const start = () => runCommand(...pgCtl("-l", join(dir, "server.log"), "-o", options, "-w", "start")).then(() => undefined);
  await start();
  const url = await createDatabase(`postgres://postgres@127.0.0.1:${port}/postgres`, "learnforge_faults");
  return {
    url,
    port,
    // "fast": every connection is cut at once, as when the database host goes away.
    halt: () => runCommand(...pgCtl("-m", "fast", "-w", "stop")).then(() => undefined),
    resume: start,
    stop: async () => {
      await runCommand(...pgCtl("-m", "immediate", "-w", "stop")).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPong(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const connection = createRedisConnection(port);
    try {
      await connection.send([["PING"]]);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      connection.close();
    }
  }
  throw new Error(`redis-server on ${port} did not answer within 10 s`);
}

export async function startControllableRedis(): Promise<ControllableRedis> {
  const dir = await mkdtemp(join(tmpdir(), "learnforge-fault-redis-"));
  const port = await findFreePort();
  let child: ChildProcess | undefined;
  const launch = async () => {
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], { stdio: "ignore" });
    await waitForPong(port);
  };
  const kill = async () => {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGCONT");
    running.kill("SIGKILL");
    await exited;
  };
  await launch();
  return {
    port,
    pause: () => child?.kill("SIGSTOP"),
    unpause: () => child?.kill("SIGCONT"),
    kill,
    restart: launch,
    stop: async () => {
      await kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
