import { describe, expect, it } from "vitest";
import { createSeed, deriveSeed, drawRandom, seededShuffle } from "@/features/tests/lib/shuffle";

const TEN = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
const SEEDS = Array.from({ length: 1000 }, (_, seed) => seed);

describe("seededShuffle", () => {
  it("gives the same order for the same seed, every time", () => {
    expect(seededShuffle(TEN, 42)).toEqual(seededShuffle(TEN, 42));
  });

  // Stored attempts are rebuilt from their seed: these orders must never change. They match an
  // independent implementation of mulberry32 (from its C definition) and forward Fisher–Yates.
  it("keeps the pinned orders of known seeds", () => {
    expect(seededShuffle(TEN, 0)).toEqual([2, 1, 3, 4, 6, 7, 8, 0, 5, 9]);
    expect(seededShuffle(TEN, 1)).toEqual([6, 1, 0, 9, 3, 2, 8, 4, 5, 7]);
    expect(seededShuffle(TEN, 42)).toEqual([6, 5, 8, 7, 1, 3, 4, 2, 9, 0]);
    expect(seededShuffle(TEN, 4_294_967_295)).toEqual([8, 2, 7, 9, 3, 1, 0, 6, 5, 4]);
  });

  it("returns a permutation and leaves the input alone", () => {
    const items = ["q1", "q2", "q3", "q4", "q5"];
    const shuffled = seededShuffle(items, 7);
    expect([...shuffled].sort()).toEqual(items);
    expect(items).toEqual(["q1", "q2", "q3", "q4", "q5"]);
    expect(shuffled).not.toBe(items);
  });

  it("handles empty and single-item lists", () => {
    expect(seededShuffle([], 3)).toEqual([]);
    expect(seededShuffle(["only"], 3)).toEqual(["only"]);
  });

  it("gives a different order for nearly every one of 1000 consecutive seeds", () => {
    const orders = new Set(SEEDS.map((seed) => seededShuffle(TEN, seed).join(",")));
    expect(orders.size).toBeGreaterThan(995); // 10! orders: a repeat among 1000 is unlikely
  });

  it("puts each item first about equally often across 1000 seeds", () => {
    const firsts = new Array<number>(10).fill(0);
    for (const seed of SEEDS) {
      const first = seededShuffle(TEN, seed)[0] ?? 0;
      firsts[first] = (firsts[first] ?? 0) + 1;
    }
    // Expected 100 each (SD ≈ 9.5); the seeds are fixed, so this cannot flake.
    for (const count of firsts) {
      expect(count).toBeGreaterThanOrEqual(70);
      expect(count).toBeLessThanOrEqual(130);
    }
  });
});

describe("drawRandom", () => {
  it("draws distinct items from the pool, the same ones for the same seed", () => {
    const drawn = drawRandom(TEN, 4, 11);
    expect(drawn).toHaveLength(4);
    expect(new Set(drawn).size).toBe(4);
    for (const item of drawn) expect(TEN).toContain(item);
    expect(drawRandom(TEN, 4, 11)).toEqual(drawn);
  });

  it("draws the first items of the seed's full shuffle", () => {
    expect(drawRandom(TEN, 3, 42)).toEqual(seededShuffle(TEN, 42).slice(0, 3));
  });

  it("returns the whole pool when it is smaller than the count, for the caller to report", () => {
    const drawn = drawRandom(["a", "b"], 5, 1);
    expect([...drawn].sort()).toEqual(["a", "b"]);
  });

  it("returns nothing for a count of 0 or less and rounds a fractional count down", () => {
    expect(drawRandom(TEN, 0, 1)).toEqual([]);
    expect(drawRandom(TEN, -2, 1)).toEqual([]);
    expect(drawRandom(TEN, 2.9, 1)).toHaveLength(2);
  });

  it("picks each item about equally often across 1000 seeds", () => {
    const picked = new Array<number>(10).fill(0);
    for (const seed of SEEDS) for (const item of drawRandom(TEN, 3, seed)) picked[item] = (picked[item] ?? 0) + 1;
    // Expected 300 each.
    for (const count of picked) {
      expect(count).toBeGreaterThanOrEqual(240);
      expect(count).toBeLessThanOrEqual(360);
    }
  });
});

describe("deriveSeed", () => {
  it("is deterministic and separates purposes and attempts", () => {
    expect(deriveSeed(42, "questions")).toBe(deriveSeed(42, "questions"));
    const seeds = new Set([deriveSeed(42, "questions"), deriveSeed(42, "options:q1"), deriveSeed(42, "options:q2"), deriveSeed(43, "questions")]);
    expect(seeds.size).toBe(4);
  });

  it("gives each question its own option order from one attempt seed", () => {
    const orders = new Set(SEEDS.slice(0, 50).map((index) => seededShuffle(TEN, deriveSeed(42, `options:q${index}`)).join(",")));
    expect(orders.size).toBe(50);
  });

  it("returns 32-bit unsigned integers", () => {
    for (const label of ["", "a", "options:q1"]) {
      const seed = deriveSeed(-1, label);
      expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
    }
  });
});

describe("createSeed", () => {
  it("returns a 32-bit unsigned integer", () => {
    const seed = createSeed();
    expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
  });
});
