import { assertValidTtl, type KeyValueCache } from "./cache-types";

interface Entry {
  json: string;
  expiresAt: number | null;
}

export interface MemoryCacheOptions {
  /** Oldest-used entries are evicted beyond this many. */
  maxEntries?: number;
  /** Milliseconds since the epoch; injectable for tests. */
  now?: () => number;
}

/** Per-process cache for when no Upstash is configured (development, tests, one instance). */
export function createMemoryCache({ maxEntries = 10_000, now = Date.now }: MemoryCacheOptions = {}): KeyValueCache {
  // A Map iterates in insertion order; re-inserting on read makes the first key the least recently used.
  const entries = new Map<string, Entry>();

  const readLive = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    entries.delete(key);
    if (entry.expiresAt !== null && entry.expiresAt <= now()) return undefined;
    entries.set(key, entry);
    return entry;
  };

  return {
    async get<T>(key: string): Promise<T | null> {
      const entry = readLive(key);
      if (!entry) return null;
      // Same {"v": value} JSON round trip as the Upstash cache, so both behave alike.
      const envelope = JSON.parse(entry.json) as { v?: T };
      return envelope.v ?? null;
    },
    async set<T>(key: string, value: T, options: { ttlSeconds?: number } = {}): Promise<void> {
      assertValidTtl(options.ttlSeconds);
      const expiresAt = options.ttlSeconds === undefined ? null : now() + options.ttlSeconds * 1000;
      entries.delete(key);
      entries.set(key, { json: JSON.stringify({ v: value }), expiresAt });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
    },
    async del(key: string): Promise<void> {
      entries.delete(key);
    },
    async ping() {
      return { ok: true, latencyMs: 0, backend: "memory" };
    },
  };
}
