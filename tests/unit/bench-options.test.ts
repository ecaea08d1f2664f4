import { describe, expect, it } from "vitest";
import { FULL_SIZES, parseOptions, QUICK_SIZES } from "../../bench/app/options";
import { onceEach } from "../../bench/app/scenarios";

describe("bench options", () => {
  it("runs the full benchmark by default: issue 8's volume, 10 s per measurement, Lighthouse on", () => {
    const options = parseOptions([]);
    expect(options).toMatchObject({ quick: false, build: "auto", warmupSeconds: 2, durationSeconds: 10, connections: [10, 50], lighthouse: true, only: [] });
    expect(options.sizes).toMatchObject({ learners: 1_000, questions: 10_000, heavyAnswers: 5_000, messages: 100_000 });
    expect(options.sizes).toBe(FULL_SIZES);
  });

  it("--quick seeds less, measures 3 s after a 1 s warm-up and skips Lighthouse", () => {
    const options = parseOptions(["--quick"]);
    expect(options).toMatchObject({ quick: true, warmupSeconds: 1, durationSeconds: 3, lighthouse: false });
    expect(options.sizes).toBe(QUICK_SIZES);
    expect(QUICK_SIZES).toMatchObject({ learners: 200, questions: 2_000, heavyAnswers: 1_000, messages: 10_000 });
  });

  it("reads --build, --no-build, --only and lengths", () => {
    expect(parseOptions(["--build"]).build).toBe("always");
    expect(parseOptions(["--no-build"]).build).toBe("never");
    expect(parseOptions(["--only=dashboard, ping", "--duration=5", "--warmup=0.5"])).toMatchObject({ only: ["dashboard", "ping"], durationSeconds: 5, warmupSeconds: 0.5 });
  });

  it("refuses unknown, contradictory and malformed flags", () => {
    expect(() => parseOptions(["--fast"])).toThrow(/unknown flag --fast/);
    expect(() => parseOptions(["quick"])).toThrow(/unknown argument/);
    expect(() => parseOptions(["--build", "--no-build"])).toThrow(/contradict/);
    expect(() => parseOptions(["--duration=-3"])).toThrow(/positive number/);
  });
});

describe("bench pools", () => {
  it("hands out each item once, then marks repeats so they count as errors", () => {
    const pool = onceEach(() => ["a", "b"]);
    expect([pool.take(), pool.take(), pool.take()]).toEqual([
      { item: "a", repeated: false },
      { item: "b", repeated: false },
      { item: "a", repeated: true },
    ]);
    pool.reset();
    expect(pool.take()).toEqual({ item: "a", repeated: false });
  });

  it("sees items added to the live list after it started", () => {
    const items = ["a"];
    const pool = onceEach(() => items);
    pool.take();
    items.push("b");
    expect(pool.take()).toEqual({ item: "b", repeated: false });
  });
});
