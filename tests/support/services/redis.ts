import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { registerExitCleanup } from "./exit-cleanup";
import { findFreePort } from "./free-port";
import { createRedisConnection } from "./redis-connection";

const REDIS_SERVER = "/usr/bin/redis-server";
const READY_TIMEOUT_MS = 10_000;

export interface RedisHandle {
  port: number;
  stop(): Promise<void>;
}

async function waitForPong(port: number, exited: () => string | undefined): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const exitReason = exited();
    if (exitReason) throw new Error(`redis-server exited before it was ready: ${exitReason}`);
    const connection = createRedisConnection(port);
    try {
      const [reply] = await connection.send([["PING"]]);
      if (reply === "PONG") return;
      lastError = new Error(`unexpected PING reply ${String(reply)}`);
    } catch (error) {
      lastError = error;
    } finally {
      connection.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`redis-server on port ${port} not ready after ${READY_TIMEOUT_MS} ms`, { cause: lastError });
}

/** Starts a throwaway redis-server (no persistence) on a free loopback port. */
export async function startRedis(): Promise<RedisHandle> {
  const dir = await mkdtemp(join(tmpdir(), "learnforge-redis-"));
  const port = await findFreePort();
  const child = spawn(
    REDIS_SERVER,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-4000);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  let exitReason: string | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exitReason = `code ${String(code)} signal ${String(signal)}\n${output}`;
      resolve();
    });
    child.once("error", (error) => {
      exitReason = `spawn ${REDIS_SERVER} failed: ${error.message}`;
      resolve();
    });
  });
  const unregister = registerExitCleanup(() => {
    child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });
  const stop = async () => {
    unregister();
    if (exitReason === undefined) {
      child.kill("SIGTERM");
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitForPong(port, () => exitReason);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, stop };
}
