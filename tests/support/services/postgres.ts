import { execFileSync } from "node:child_process";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { registerExitCleanup } from "./exit-cleanup";
import { findFreePort } from "./free-port";
import { asUser, runCommand } from "./run-command";

const PG_BIN = "/usr/lib/postgresql/15/bin";
const PG_USER = "postgres";
const TEST_DATABASE = "learnforge_test";

export interface PostgresHandle {
  /** postgres://postgres@127.0.0.1:PORT/learnforge_test */
  url: string;
  port: number;
  stop(): Promise<void>;
}

async function resolvePostgresUid(): Promise<{ uid: number; gid: number }> {
  const { stdout: uid } = await runCommand("id", ["-u", PG_USER]);
  const { stdout: gid } = await runCommand("id", ["-g", PG_USER]);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

/** Starts a throwaway PostgreSQL 15 on a free loopback port in a temp dir. */
export async function startPostgres(): Promise<PostgresHandle> {
  const dir = await mkdtemp(join(tmpdir(), "learnforge-pg-"));
  const dataDir = join(dir, "data");
  if (process.getuid?.() === 0) {
    const { uid, gid } = await resolvePostgresUid();
    await chown(dir, uid, gid);
  }
  const port = await findFreePort();
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off`;
  const pgCtl = (...args: string[]) => asUser(PG_USER, join(PG_BIN, "pg_ctl"), ["-D", dataDir, ...args]);
  const initdb = asUser(PG_USER, join(PG_BIN, "initdb"), [
    "-D", dataDir, "--auth=trust", "-U", PG_USER, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
  ]);
  const unregister = registerExitCleanup(() => {
    const [file, args] = pgCtl("-m", "immediate", "stop");
    execFileSync(file, args, { stdio: "ignore" });
    rmSync(dir, { recursive: true, force: true });
  });
  try {
    await runCommand(...initdb);
    await runCommand(...pgCtl("-l", join(dir, "server.log"), "-o", options, "-w", "start"));
    const adminUrl = `postgres://${PG_USER}@127.0.0.1:${port}/postgres`;
    const url = await createDatabase(adminUrl, TEST_DATABASE);
    return {
      url,
      port,
      stop: async () => {
        unregister();
        await runCommand(...pgCtl("-m", "immediate", "-w", "stop"));
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    unregister();
    await runCommand(...pgCtl("-m", "immediate", "stop")).catch((stopError: unknown) =>
      console.error("startPostgres: cleanup stop failed (server may not have started):", stopError),
    );
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Creates an empty database `name` on the server of `url`; returns its url. */
export async function createDatabase(url: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new Error(`createDatabase: invalid database name "${name}"`);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}
