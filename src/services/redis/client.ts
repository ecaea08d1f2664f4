import { Redis } from "@upstash/redis";
import { env } from "@/data/env/server";

// The one place that imports @upstash/redis; everything else gets a RedisClient.
export type RedisClient = Redis;

export interface RedisClientConfig {
  url: string;
  token: string;
  /**
   * Network-error retries. The SDK's default (5, exponential) takes ~4 s to give up
   * when Redis is unreachable; tests and latency-sensitive callers pass fewer.
   */
  retry?: { retries: number; backoffMs?: number };
}

export function createRedisClient({ url, token, retry }: RedisClientConfig): RedisClient {
  return new Redis({
    url,
    token,
    enableTelemetry: false,
    ...(retry ? { retry: { retries: retry.retries, backoff: () => retry.backoffMs ?? 50 } } : {}),
  });
}

let configuredClient: RedisClient | null | undefined;

/** The client for UPSTASH_REDIS_REST_URL/TOKEN, or null when Upstash is not configured. */
export function getConfiguredRedisClient(): RedisClient | null {
  if (configuredClient === undefined) {
    const url = env.UPSTASH_REDIS_REST_URL;
    const token = env.UPSTASH_REDIS_REST_TOKEN;
    configuredClient = url && token ? createRedisClient({ url, token, retry: { retries: 2, backoffMs: 100 } }) : null;
  }
  return configuredClient;
}
