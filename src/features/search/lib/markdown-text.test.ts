import { describe, expect, it } from "vitest";
import { collapseWhitespace, markdownToPlainText } from "./markdown-text";

describe("markdownToPlainText", () => {
  it("drops emphasis, strikethrough and inline-code markers but keeps their words", () => {
    expect(markdownToPlainText("A **bold**, *italic*, ***both***, __under__, _lean_ and ~~gone~~ word; call `mean(x)`.")).toBe(
      "A bold, italic, both, under, lean and gone word; call mean(x).",
    );
  });

  it("leaves underscores inside identifiers and lone stars in arithmetic alone", () => {
    expect(markdownToPlainText("Use snake_case_names; 2 * 3 * 4 is 24.")).toBe("Use snake_case_names; 2 * 3 * 4 is 24.");
  });

  it("keeps emphasis characters that sit inside code spans or are escaped", () => {
    expect(markdownToPlainText("Type `a*b*c` or \\*literal\\* stars and \\[brackets\\].")).toBe("Type a*b*c or *literal* stars and [brackets].");
  });

  it("keeps link text and image alt text, not their addresses", () => {
    expect(markdownToPlainText("See [the *normal* curve](https://x.test/a_(b)) and ![a bell curve](bell.png), [ref link][1].\n\n[1]: https://x.test")).toBe(
      "See the normal curve and a bell curve, ref link.",
    );
    expect(markdownToPlainText("[![badge alt](b.svg)](https://x.test) <https://example.org/page>")).toBe("badge alt https://example.org/page");
  });

  it("strips HTML tags and comments but keeps the text between them", () => {
    expect(markdownToPlainText('Hello <span class="x">world</span>,<br>next <!-- hidden --> line')).toBe("Hello world, next line");
    expect(markdownToPlainText("Before\n<!-- a comment\nover lines -->\nAfter")).toBe("Before After");
  });

  it("does not treat a spaced comparison as a tag", () => {
    expect(markdownToPlainText("If a < b and c > d then a &lt; d &amp;&amp; &#955; &#x3bb;")).toBe("If a < b and c > d then a < d && λ λ");
  });

  it("turns a table into space-separated cells and drops its divider row", () => {
    const table = "| Symbol | Meaning |\n| :--- | ---: |\n| `P(A)` | probability of **A** |\n| a \\| b | or |";
    expect(markdownToPlainText(table)).toBe("Symbol Meaning P(A) probability of A a | b or");
  });

  it("drops list bullets, numbers, task boxes, quote markers, rules and inner heading marks", () => {
    const markdown = "- first\n* second\n+ third\n1. one\n2) two\n- [x] done\n\n> quoted *text*\n\n---\n\n#### Smaller heading ####";
    expect(markdownToPlainText(markdown)).toBe("first second third one two done\n\nquoted text\n\nSmaller heading");
  });

  it("keeps fenced code content without its fences and leaves its markup untouched", () => {
    const markdown = "Run this:\n```python\nx = a * b * c  # __init__\nprint(x)\n```\nDone.";
    expect(markdownToPlainText(markdown)).toBe("Run this:\n\nx = a * b * c # __init__ print(x)\n\nDone.");
    expect(markdownToPlainText("~~~\nunclosed *fence*")).toBe("unclosed *fence*");
  });

  it("keeps paragraph breaks as blank lines and collapses all other whitespace", () => {
    expect(markdownToPlainText("  one\r\ntwo\t three  \n\n\n\nfour\n")).toBe("one two three\n\nfour");
  });

  it("returns an empty string when nothing is left to read", () => {
    expect(markdownToPlainText("![](x.png)\n\n<div></div>\n\n***")).toBe("");
  });

  it("strips a long run of attribute-like words quickly", () => {
    const started = Date.now();
    expect(markdownToPlainText(`<a ${"b ".repeat(20_000)}`)).toContain("<a b b");
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe("collapseWhitespace", () => {
  it("turns every run of whitespace into one space and trims the ends", () => {
    expect(collapseWhitespace("\n a \u00a0\t b\n\n")).toBe("a b");
  });
});
