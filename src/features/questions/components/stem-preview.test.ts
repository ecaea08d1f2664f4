import { describe, expect, it } from "vitest";
import { plainTextPreview } from "./stem-preview";

describe("plainTextPreview", () => {
  it("drops Markdown syntax and keeps the words on one line", () => {
    expect(plainTextPreview("## Dice\n\nWhat is **P(A)** when *A* is `even`?\n\n- one\n- two")).toBe("Dice What is P(A) when A is even? one two");
  });

  it("keeps link and image text, not their addresses", () => {
    expect(plainTextPreview("See [the table](https://x.example/t) and ![a die](die.png).")).toBe("See the table and a die.");
  });

  it("keeps a fill-in blank and words with underscores", () => {
    expect(plainTextPreview("The _____ sat on the mat; snake_case and __bold__ and _it_.")).toBe("The _____ sat on the mat; snake_case and bold and it.");
  });

  it("drops HTML tags and code fences but keeps the code", () => {
    expect(plainTextPreview("<b>Run</b>\n```python\nprint(1)\n```")).toBe("Run print(1)");
  });

  it("cuts a long stem at a word and adds an ellipsis", () => {
    const preview = plainTextPreview("word ".repeat(60), 30);
    expect(preview.length).toBeLessThanOrEqual(30);
    expect(preview).toMatch(/^word( word)*…$/);
  });

  it("leaves a short stem whole", () => {
    expect(plainTextPreview("Is 7 prime?", 160)).toBe("Is 7 prime?");
  });
});
