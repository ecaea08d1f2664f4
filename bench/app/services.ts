// Child process of the load benchmark: PostgreSQL (with pgvector), redis-server and the
// Upstash-compatible HTTP front on free loopback ports. Prints one JSON line with their
// addresses, then serves until stdin closes or a signal arrives, and stops them all.
// A process of its own so the front's event loop does not share one with autocannon.
import { randomBytes } from "node:crypto";
import { startPostgres, type PostgresHandle } from "../../tests/support/services/postgres";
import { startRedis, type RedisHandle } from "../../tests/support/services/redis";
import { startUpstashFront, type UpstashFrontHandle } from "../../tests/support/services/upstash-front";

export type ServiceAddresses = { databaseUrl: string; upstashUrl: string; upstashToken: string; redisPort: number; postgresPort: number };

let postgres: PostgresHandle | undefined;
let redis: RedisHandle | undefined;
let front: UpstashFrontHandle | undefined;
let stopping: Promise<void> | undefined;

function stopAll(): Promise<void> {
  stopping ??= (async () => {
    // The front first: it holds a connection to Redis.
    for (const [name, handle] of [["upstash front", front], ["redis-server", redis], ["postgres", postgres]] as const) {
      try {
        await handle?.stop();
      } catch (error) {
        console.error(`bench services: stopping ${name} failed:`, error instanceof Error ? error.message : error);
      }
    }
  })();
  return stopping;
}

const exitAfterStop = (code: number) => () => void stopAll().finally(() => process.exit(code));
process.on("SIGINT", exitAfterStop(130));
process.on("SIGTERM", exitAfterStop(143));
process.on("SIGHUP", exitAfterStop(129));
// The parent closes our stdin to ask us to stop; it also closes if the parent dies.
process.stdin.on("end", exitAfterStop(0));
process.stdin.on("error", exitAfterStop(0));
process.stdin.resume();

try {
  const token = randomBytes(24).toString("hex");
  const started = await Promise.allSettled([
    startPostgres().then((handle) => (postgres = handle)),
    startRedis().then(async (handle) => {
      redis = handle;
      front = await startUpstashFront({ redisPort: handle.port, token });
    }),
  ]);
  const failed = started.find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
  const addresses: ServiceAddresses = { databaseUrl: postgres!.url, upstashUrl: front!.url, upstashToken: token, redisPort: redis!.port, postgresPort: postgres!.port };
  process.stdout.write(`${JSON.stringify(addresses)}\n`);
} catch (error) {
  console.error("bench services: could not start:", error);
  await stopAll();
  process.exit(1);
}
