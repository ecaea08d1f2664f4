export type CacheBackend = "upstash" | "memory";

export interface CacheSetOptions {
  /** Seconds until the entry expires; omitted means it lives until evicted or deleted. */
  ttlSeconds?: number;
}

export interface CachePing {
  ok: boolean;
  latencyMs: number;
  backend: CacheBackend;
}

/**
 * A JSON value cache. Values round-trip through JSON on every backend, so a
 * Date comes back as a string whichever backend is in use.
 */
export interface KeyValueCache {
  get<T>(key: string): Promise<T | null>;
  set<T>(key: string, value: T, options?: CacheSetOptions): Promise<void>;
  del(key: string): Promise<void>;
  ping(): Promise<CachePing>;
}

export function assertValidTtl(ttlSeconds: number | undefined): void {
  if (ttlSeconds !== undefined && (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0)) {
    throw new RangeError(`ttlSeconds must be a positive integer, got ${ttlSeconds}`);
  }
}
