import { describe, expect, it } from "vitest";
import { findSyntax, splitGiftBlocks, textOf, trimChars } from "@/features/questions/lib/gift/source";

describe("splitGiftBlocks", () => {
  it("splits on blank lines and skips comments and categories", () => {
    const { blocks, errors } = splitGiftBlocks("// intro\n$CATEGORY: maths\n\nOne {T}\n   \nTwo\n// inside\n{F}\n");
    expect(errors).toEqual([]);
    expect(blocks.map((block) => [block.line, textOf(block.chars)])).toEqual([
      [4, "One {T}"],
      [6, "Two\n{F}"],
    ]);
  });

  it("keeps each character's line, so errors can point inside a question", () => {
    const [block] = splitGiftBlocks("\n\nStem {\n=a\n}").blocks;
    expect(block?.chars.find((entry) => entry.char === "a")?.line).toBe(4);
  });

  it("marks escaped characters as literal and decodes \\n", () => {
    const [block] = splitGiftBlocks("a\\{b\\nc\\qd\\\\").blocks;
    expect(textOf(block?.chars ?? [])).toBe("a{b\nc\\qd\\");
    expect(block?.chars.filter((entry) => entry.literal).map((entry) => entry.char)).toEqual(["{", "\n", "\\"]);
  });

  it("attaches a // @learnforge line to the question right after it", () => {
    const { blocks } = splitGiftBlocks('//   @learnforge   {"unit":"cm"}\nQ {#1}');
    expect(blocks[0]?.metadata).toEqual({ line: 1, json: '{"unit":"cm"}' });
  });

  it("reports a second metadata line for one question", () => {
    expect(splitGiftBlocks('// @learnforge {}\n// @learnforge {}\nQ {T}').errors).toEqual([{ line: 2, message: "A question can have only one // @learnforge line" }]);
  });

  it("reports a metadata line left at the end of the file or before a category", () => {
    expect(splitGiftBlocks("Q {T}\n\n// @learnforge {}").errors).toEqual([{ line: 3, message: "A // @learnforge line must come immediately before its question" }]);
    expect(splitGiftBlocks("// @learnforge {}\n$CATEGORY: x\nQ {T}").errors).toHaveLength(1);
  });
});

describe("findSyntax", () => {
  it("ignores escaped characters", () => {
    const [block] = splitGiftBlocks("a\\#\\#\\#\\### b ####c").blocks;
    const chars = block?.chars ?? [];
    expect(textOf(chars.slice(findSyntax(chars, "####")))).toBe("####c");
    expect(findSyntax(chars, "~")).toBe(-1);
  });
  it("trims whitespace, escaped newlines included", () => {
    const [block] = splitGiftBlocks("\\n  word \\n").blocks;
    expect(textOf(trimChars(block?.chars ?? []))).toBe("word");
  });
});
