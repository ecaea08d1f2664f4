import { describe, expect, it } from "vitest";
import { createRandom, deriveSeed, mulberry32, shuffled } from "./random";

describe("mulberry32", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
  });

  it("stays in [0, 1) with a mean near one half", () => {
    const next = mulberry32(7);
    const values = Array.from({ length: 20_000 }, next);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((s, v) => s + v, 0) / values.length).toBeCloseTo(0.5, 2);
  });
});

describe("createRandom().normal", () => {
  it("has mean 0 and variance 1", () => {
    const random = createRandom(1);
    const values = Array.from({ length: 40_000 }, () => random.normal());
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
  });
});

describe("shuffled", () => {
  it("keeps every item and leaves the input alone", () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const result = shuffled(items, createRandom(3));
    expect([...result].sort((a, b) => a - b)).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(result).not.toEqual(items);
  });
});

describe("deriveSeed", () => {
  it("gives different streams different seeds", () => {
    expect(deriveSeed(1, 0)).not.toBe(deriveSeed(1, 1));
    expect(deriveSeed(1, 0)).not.toBe(deriveSeed(2, 0));
    expect(deriveSeed(1, 0)).toBe(deriveSeed(1, 0));
  });
});
