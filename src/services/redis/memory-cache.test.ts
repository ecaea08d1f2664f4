import { describe, expect, it } from "vitest";
import { createMemoryCache } from "./memory-cache";

function createClock(start = 1_700_000_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe("createMemoryCache", () => {
  it("returns null for a key that was never set", async () => {
    expect(await createMemoryCache().get("missing")).toBeNull();
  });

  it("round-trips JSON values as copies, keeping strings that look like numbers as strings", async () => {
    const cache = createMemoryCache();
    const course = { id: "c1", tags: ["sql"], score: 3 };
    await cache.set("course", course);
    await cache.set("code", "123");
    const first = await cache.get<typeof course>("course");
    expect(first).toEqual(course);
    first?.tags.push("mutated");
    expect(await cache.get("course")).toEqual(course);
    expect(await cache.get("code")).toBe("123");
  });

  it("expires an entry once its ttl has passed and not a millisecond before", async () => {
    const clock = createClock();
    const cache = createMemoryCache({ now: clock.now });
    await cache.set("session", { user: "u1" }, { ttlSeconds: 60 });
    await cache.set("forever", 1);
    clock.advance(59_999);
    expect(await cache.get("session")).toEqual({ user: "u1" });
    clock.advance(1);
    expect(await cache.get("session")).toBeNull();
    clock.advance(365 * 24 * 3_600_000);
    expect(await cache.get("forever")).toBe(1);
  });

  it("evicts the least recently used entry beyond maxEntries", async () => {
    const cache = createMemoryCache({ maxEntries: 2 });
    await cache.set("a", 1);
    await cache.set("b", 2);
    await cache.get("a");
    await cache.set("c", 3);
    expect(await cache.get("b")).toBeNull();
    expect(await cache.get("a")).toBe(1);
    expect(await cache.get("c")).toBe(3);
  });

  it("deletes a key", async () => {
    const cache = createMemoryCache();
    await cache.set("k", "v");
    await cache.del("k");
    expect(await cache.get("k")).toBeNull();
  });

  it("rejects a ttl that is not a positive whole number of seconds", async () => {
    const cache = createMemoryCache();
    await expect(cache.set("k", 1, { ttlSeconds: 0 })).rejects.toThrow(RangeError);
    await expect(cache.set("k", 1, { ttlSeconds: 1.5 })).rejects.toThrow(RangeError);
    expect(await cache.get("k")).toBeNull();
  });

  it("reports itself healthy as the memory backend", async () => {
    expect(await createMemoryCache().ping()).toEqual({ ok: true, latencyMs: 0, backend: "memory" });
  });
});
