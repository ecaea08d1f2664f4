import { randomBytes } from "node:crypto";
import { startNeonWsProxy } from "./neon-proxy";
import { startPostgres } from "./postgres";
import { startRedis } from "./redis";
import { startUpstashFront } from "./upstash-front";

export { createDatabase, startPostgres, type PostgresHandle } from "./postgres";
export { startRedis, type RedisHandle } from "./redis";
export { startUpstashFront, type UpstashFrontHandle, type UpstashFrontOptions } from "./upstash-front";
export { neonConfigForLocalProxy, startNeonWsProxy, type LocalNeonConfig, type NeonProxyHandle } from "./neon-proxy";
export { findFreePort } from "./free-port";

export interface TestServices {
  databaseUrl: string;
  redisPort: number;
  upstashUrl: string;
  upstashToken: string;
  neonProxyPort: number;
  stop(): Promise<void>;
}

export function createUpstashToken(): string {
  return randomBytes(24).toString("hex");
}

async function stopAll(handles: readonly { stop(): Promise<void> }[]): Promise<void> {
  const results = await Promise.allSettled(handles.map((handle) => handle.stop()));
  const failures = results.filter((result) => result.status === "rejected");
  if (failures.length > 0) {
    throw new AggregateError(failures.map((failure) => failure.reason), "stopping test services failed");
  }
}

/** Starts PostgreSQL, Redis + its Upstash front, and the Neon proxy concurrently. */
export async function startAllServices(): Promise<TestServices> {
  const upstashToken = createUpstashToken();
  const redisWithFront = startRedis().then(async (redis) => {
    try {
      return { redis, front: await startUpstashFront({ redisPort: redis.port, token: upstashToken }) };
    } catch (error) {
      await redis.stop();
      throw error;
    }
  });
  const started = await Promise.allSettled([startPostgres(), redisWithFront, startNeonWsProxy()] as const);
  const [postgres, redisPair, proxy] = started;
  if (postgres.status === "rejected" || redisPair.status === "rejected" || proxy.status === "rejected") {
    const handles = started.flatMap((result) => {
      if (result.status === "rejected") return [];
      const value = result.value;
      return "front" in value ? [value.front, value.redis] : [value];
    });
    await stopAll(handles);
    const reasons = started.flatMap((result) => (result.status === "rejected" ? [result.reason] : []));
    throw new AggregateError(reasons, "starting test services failed");
  }
  const { redis, front } = redisPair.value;
  return {
    databaseUrl: postgres.value.url,
    redisPort: redis.port,
    upstashUrl: front.url,
    upstashToken,
    neonProxyPort: proxy.value.port,
    // The front first: it holds a connection to Redis.
    stop: () => stopAll([front, postgres.value, proxy.value]).then(() => redis.stop()),
  };
}
