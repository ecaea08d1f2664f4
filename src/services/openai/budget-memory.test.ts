import { describe, expect, it } from "vitest";
import { createMemoryBudgetStore, getConfiguredBudgetStore, utcDay, type ReserveResult } from "./budget";

const DAY = "2025-03-10";
const key = { userId: "user_1", day: DAY };

function createClock(iso = `${DAY}T12:00:00Z`) {
  let time = Date.parse(iso);
  return { now: () => time, set: (next: string) => (time = Date.parse(next)) };
}

function granted(result: ReserveResult) {
  if (!result.ok) throw new Error(`expected a grant, got ${JSON.stringify(result)}`);
  return result.reservation;
}

describe("utcDay", () => {
  it("names the UTC calendar day, not the local one", () => {
    expect(utcDay(new Date("2025-03-10T23:30:00-05:00"))).toBe("2025-03-11");
    expect(utcDay(new Date("2025-03-10T00:00:00Z"))).toBe("2025-03-10");
  });
});

describe("createMemoryBudgetStore", () => {
  it("grants up to exactly the limit, then refuses without changing the counter", async () => {
    const store = createMemoryBudgetStore({ now: createClock().now });
    const first = await store.reserve(key, 2_000, 3_000);
    expect(first).toMatchObject({ ok: true, usedAfter: 2_000, limit: 3_000, reservation: { key, tokens: 2_000 } });
    expect(await store.reserve(key, 1_001, 3_000)).toEqual({ ok: false, used: 2_000, limit: 3_000, requested: 1_001 });
    expect(await store.used(key)).toBe(2_000);
    expect(await store.reserve(key, 1_000, 3_000)).toMatchObject({ ok: true, usedAfter: 3_000 });
    expect(await store.reserve(key, 1, 3_000)).toMatchObject({ ok: false, used: 3_000 });
    expect(await store.used(key)).toBe(3_000);
  });

  it("gives every reservation its own id", async () => {
    const store = createMemoryBudgetStore({ now: createClock().now });
    const a = granted(await store.reserve(key, 1, 10));
    const b = granted(await store.reserve(key, 1, 10));
    expect(a.id).not.toBe(b.id);
  });

  it("settles by refunding the unused part or charging the extra", async () => {
    const store = createMemoryBudgetStore({ now: createClock().now });
    const refunded = granted(await store.reserve(key, 1_000, 5_000));
    const overrun = granted(await store.reserve(key, 1_000, 5_000));
    await store.settle(refunded, 600);
    expect(await store.used(key)).toBe(1_600);
    await store.settle(overrun, 1_500);
    expect(await store.used(key)).toBe(2_100);
  });

  it("counts a reservation settled twice only once", async () => {
    const store = createMemoryBudgetStore({ now: createClock().now });
    const reservation = granted(await store.reserve(key, 1_000, 5_000));
    await store.settle(reservation, 400);
    await store.settle(reservation, 400);
    await store.settle(reservation, 900);
    expect(await store.used(key)).toBe(400);
  });

  it("never takes the counter below zero", async () => {
    const store = createMemoryBudgetStore({ now: createClock().now });
    await store.reserve(key, 1_000, 5_000);
    // A reservation larger than the counter (say, made before the counter was lost) refunds down to 0 only.
    await store.settle({ key, tokens: 4_000, id: "from-elsewhere" }, 0);
    expect(await store.used(key)).toBe(0);
  });

  it("starts a fresh budget each UTC day, settles late calls on their own day, then forgets old days", async () => {
    const clock = createClock(`${DAY}T23:59:00Z`);
    const store = createMemoryBudgetStore({ now: clock.now });
    const nextDay = { userId: key.userId, day: "2025-03-11" };
    const lateCall = granted(await store.reserve(key, 3_000, 3_000));
    expect((await store.reserve(key, 1, 3_000)).ok).toBe(false);

    clock.set("2025-03-11T00:01:00Z");
    expect(await store.reserve(nextDay, 3_000, 3_000)).toMatchObject({ ok: true, usedAfter: 3_000 });
    await store.settle(lateCall, 1_000);
    expect(await store.used(key)).toBe(1_000);
    expect(await store.used(nextDay)).toBe(3_000);

    clock.set("2025-03-12T00:01:00Z");
    expect(await store.used(key)).toBe(0);
    expect(await store.used(nextDay)).toBe(3_000);
  });

  it("keeps users apart", async () => {
    const store = createMemoryBudgetStore({ now: createClock().now });
    await store.reserve(key, 3_000, 3_000);
    expect(await store.reserve({ userId: "user_2", day: DAY }, 3_000, 3_000)).toMatchObject({ ok: true, usedAfter: 3_000 });
  });

  it("rejects bad token counts, limits, days and users with a RangeError", async () => {
    const store = createMemoryBudgetStore({ now: createClock().now });
    const reservation = granted(await store.reserve(key, 10, 100));
    for (const tokens of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(store.reserve(key, tokens, 100)).rejects.toThrow(RangeError);
      await expect(store.reserve(key, 10, tokens)).rejects.toThrow(RangeError);
      await expect(store.settle(reservation, tokens)).rejects.toThrow(RangeError);
    }
    for (const day of ["2025-3-10", "2025-02-30", "10.03.2025", ""]) {
      await expect(store.reserve({ userId: "user_1", day }, 1, 100)).rejects.toThrow(RangeError);
      await expect(store.used({ userId: "user_1", day })).rejects.toThrow(RangeError);
    }
    await expect(store.reserve({ userId: "", day: DAY }, 1, 100)).rejects.toThrow(RangeError);
    await expect(store.settle({ ...reservation, id: "" }, 1)).rejects.toThrow(RangeError);
    expect(await store.used(key)).toBe(10);
  });
});

describe("getConfiguredBudgetStore without Upstash", () => {
  it("hands out one in-memory store per process", async () => {
    const store = getConfiguredBudgetStore();
    expect(getConfiguredBudgetStore()).toBe(store);
    const userKey = { userId: `user_${crypto.randomUUID()}`, day: utcDay(new Date()) };
    expect(await store.reserve(userKey, 5, 5)).toMatchObject({ ok: true, usedAfter: 5 });
    expect(await getConfiguredBudgetStore().used(userKey)).toBe(5);
  });
});
