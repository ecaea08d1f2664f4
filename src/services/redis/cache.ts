import type { KeyValueCache } from "./cache-types";
import { getConfiguredRedisClient } from "./client";
import { createMemoryCache } from "./memory-cache";
import { createUpstashCache } from "./upstash-cache";

export type { CacheBackend, CachePing, CacheSetOptions, KeyValueCache } from "./cache-types";
export { createMemoryCache, type MemoryCacheOptions } from "./memory-cache";
export { createUpstashCache } from "./upstash-cache";

let cache: KeyValueCache | undefined;

/** The app's cache: Upstash when UPSTASH_REDIS_REST_URL/TOKEN are set, else in-process memory. */
export function getCache(): KeyValueCache {
  if (!cache) {
    const redis = getConfiguredRedisClient();
    cache = redis ? createUpstashCache(redis) : createMemoryCache();
  }
  return cache;
}
