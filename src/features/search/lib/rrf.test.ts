import { describe, expect, it } from "vitest";
import { fuseRankings } from "./rrf";

type Hit = { id: string; source: string };
const hit = (id: string, source: string): Hit => ({ id, source });
const byId = (item: Hit) => item.id;

describe("fuseRankings", () => {
  it("matches a hand-computed fusion of a full-text and a vector ranking", () => {
    // k = 60. Full text: a, b, c. Vector: c, a, d.
    // a = 1/61 + 1/62 = 0.0325225…   c = 1/63 + 1/61 = 0.0322664…
    // b = 1/62        = 0.0161290…   d = 1/63        = 0.0158730…
    const fused = fuseRankings([[hit("a", "fts"), hit("b", "fts"), hit("c", "fts")], [hit("c", "vec"), hit("a", "vec"), hit("d", "vec")]], byId);
    expect(fused.map((result) => [result.item.id, result.ranks])).toEqual([
      ["a", [1, 2]],
      ["c", [3, 1]],
      ["b", [2, null]],
      ["d", [null, 3]],
    ]);
    expect(fused[0]?.score).toBeCloseTo(1 / 61 + 1 / 62, 12);
    expect(fused[1]?.score).toBeCloseTo(0.0322664, 6);
    expect(fused[2]?.score).toBeCloseTo(0.016129, 6);
    expect(fused[3]?.score).toBeCloseTo(0.015873, 6);
  });

  it("keeps the first instance of an item it sees", () => {
    const [first] = fuseRankings([[hit("a", "fts")], [hit("a", "vec")]], byId);
    expect(first?.item.source).toBe("fts");
  });

  it("uses k to set how much the top ranks dominate", () => {
    // With k = 0, first place in one list (1) equals second place in both (1/2 + 1/2), and wins the tie on its better rank.
    const lists = [["x", "y"], ["z", "y"]];
    expect(fuseRankings(lists, (id) => id, { k: 0 }).map((result) => [result.item, result.score])).toEqual([
      ["x", 1],
      ["z", 1],
      ["y", 1],
    ]);
    expect(fuseRankings(lists, (id) => id, { k: 1 })[0]?.item).toBe("y");
  });

  it("breaks a score tie by the best single rank, then by first appearance", () => {
    const fused = fuseRankings([["m", "n", "o"], ["o", "n", "m"]], (id) => id, { k: 0 });
    // m = 1 + 1/3, o = 1/3 + 1, n = 1/2 + 1/2: m and o tie with best rank 1; m was seen first.
    expect(fused.map((result) => result.item)).toEqual(["m", "o", "n"]);
    const threeWay = fuseRankings([["b", "a"], ["a", "b"], ["c"]], (id) => id, { k: 0 });
    expect(threeWay.map((result) => result.item)).toEqual(["b", "a", "c"]);
  });

  it("treats scores that differ only by rounding as a tie", () => {
    // p has ranks 1, 7, 2 and q has 2, 1, 7: equal sums on paper, but summed in list order q's is one bit larger.
    const lists = [["p", "q"], ["q", "f1", "f2", "f3", "f4", "f5", "p"], ["g1", "p", "g2", "g3", "g4", "g5", "q"]];
    const fused = fuseRankings(lists, (id) => id);
    const scoreOf = (id: string) => fused.find((result) => result.item === id)?.score ?? 0;
    expect(scoreOf("q")).toBeGreaterThan(scoreOf("p"));
    expect(fused.slice(0, 2).map((result) => result.item)).toEqual(["p", "q"]);
  });

  it("counts an item listed twice in one list once, at its better rank", () => {
    const [only] = fuseRankings([["a", "a", "a"]], (id) => id);
    expect(only).toEqual({ item: "a", score: 1 / 61, ranks: [1] });
  });

  it("returns at most limit results, and nothing for no rankings", () => {
    expect(fuseRankings([["a", "b", "c"]], (id) => id, { limit: 2 }).map((result) => result.item)).toEqual(["a", "b"]);
    expect(fuseRankings([["a"]], (id) => id, { limit: 0 })).toEqual([]);
    expect(fuseRankings<string>([], (id) => id)).toEqual([]);
  });

  it("rejects a negative k or a fractional limit", () => {
    expect(() => fuseRankings([["a"]], (id) => id, { k: -1 })).toThrow(RangeError);
    expect(() => fuseRankings([["a"]], (id) => id, { limit: 1.5 })).toThrow(RangeError);
  });
});
