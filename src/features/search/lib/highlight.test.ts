import { describe, expect, it } from "vitest";
import { excerptAround, splitHighlights } from "./highlight";

const S = "\u0002";
const E = "\u0003";

describe("splitHighlights", () => {
  it("turns ts_headline markers into hit and plain segments", () => {
    expect(splitHighlights(`The ${S}posterior${E} is the ${S}prior${E} times`)).toEqual([
      { text: "The ", hit: false },
      { text: "posterior", hit: true },
      { text: " is the ", hit: false },
      { text: "prior", hit: true },
      { text: " times", hit: false },
    ]);
  });

  it("keeps HTML in the text as text", () => {
    expect(splitHighlights(`<b>${S}x${E}</b>`)).toEqual([
      { text: "<b>", hit: false },
      { text: "x", hit: true },
      { text: "</b>", hit: false },
    ]);
  });

  it("merges neighbouring hits and drops empty segments", () => {
    expect(splitHighlights(`${S}law${E}${S} of${E}${S}${E} tot`)).toEqual([
      { text: "law of", hit: true },
      { text: " tot", hit: false },
    ]);
    expect(splitHighlights("")).toEqual([]);
  });

  it("drops a stray stop marker and ignores a repeated start marker", () => {
    expect(splitHighlights(`a${E}b ${S}c${S}d${E} e`)).toEqual([
      { text: "ab ", hit: false },
      { text: "cd", hit: true },
      { text: " e", hit: false },
    ]);
  });

  it("highlights to the end after an unclosed start marker", () => {
    expect(splitHighlights(`see ${S}Bayes rule`)).toEqual([
      { text: "see ", hit: false },
      { text: "Bayes rule", hit: true },
    ]);
  });

  it("accepts other markers, several characters long", () => {
    expect(splitHighlights("a [[b]] c", "[[", "]]")).toEqual([
      { text: "a ", hit: false },
      { text: "b", hit: true },
      { text: " c", hit: false },
    ]);
    expect(() => splitHighlights("x", "|", "|")).toThrow(RangeError);
  });
});

describe("excerptAround", () => {
  const words = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => `w${from + index}`).join(" ");

  it("returns short text whole, with whitespace collapsed", () => {
    expect(excerptAround("A short\n\npassage.", ["passage"])).toBe("A short passage.");
  });

  it("centres a window on the first match, cut at word boundaries, with an ellipsis at each cut end", () => {
    const text = `${words(100, 160)} posterior ${words(200, 260)}`;
    expect(excerptAround(text, ["POSTERIOR"], 40)).toBe("…w158 w159 posterior w200 w201 w202…");
  });

  it("shows the start of the text when no term occurs, and the end when the match is there", () => {
    const text = `${words(100, 160)} posterior ${words(200, 260)}`;
    expect(excerptAround(text, ["likelihood", " "], 40)).toBe("w100 w101 w102 w103 w104 w105 w106…");
    expect(excerptAround(text, ["w259"], 40)).toBe("…w253 w254 w255 w256 w257 w258 w259");
  });

  it("prefers a whole-word match over an earlier match inside a word", () => {
    expect(excerptAround(`${words(100, 130)} priority ${words(200, 230)} prior`, ["prior"], 30)).toBe("…w226 w227 w228 w229 prior");
    expect(excerptAround(`${words(100, 130)} priority ${words(200, 230)}`, ["prior"], 30)).toBe("…w128 w129 priority w200…");
  });

  it("treats terms as text, not as patterns", () => {
    expect(excerptAround(`${words(100, 130)} P(A|B) ${words(200, 230)}`, ["p(a|b)"], 30)).toBe("…w128 w129 P(A|B) w200 w201…");
  });

  it("never returns more than maxChars characters", () => {
    const text = `Supercalifragilisticexpialidocious is a long word indeed, yes it is.`;
    expect(excerptAround(text, ["long"], 20)).toBe("…is a long word…");
    for (const maxChars of [3, 10, 57, 240]) expect(excerptAround(words(0, 200), ["w150"], maxChars).length).toBeLessThanOrEqual(maxChars);
    expect(() => excerptAround(text, [], 2)).toThrow(RangeError);
  });
});
