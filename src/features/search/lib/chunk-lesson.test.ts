import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { chunkContentHash, chunkLesson, type LessonChunk } from "./chunk-lesson";

const lesson = {
  title: "Conditional probability",
  markdown: `Probability measures **how likely** things are.

## The law of *total* probability
Weight each [defect rate](https://x.test/rates) by the supplier's share.

### A worked example
Three suppliers provide bulbs.

\`\`\`
## not a heading inside code
\`\`\`

## Empty section

## Bayes' rule
The posterior is the prior times the likelihood.
`,
};

const sentence = (index: number) => `Sentence number ${String(index).padStart(2, "0")} says something useful.`; // 41 characters
const paragraph = (from: number, count: number) => Array.from({ length: count }, (_, offset) => sentence(from + offset)).join(" ");

describe("chunkLesson", () => {
  it("makes one chunk per section with the lesson page's anchors, in document order", () => {
    const chunks = chunkLesson(lesson);
    expect(chunks.map(({ position, heading, anchor }) => [position, heading, anchor])).toEqual([
      [0, "Conditional probability", ""],
      [1, "The law of total probability", "section-the-law-of-total-probability"],
      [2, "A worked example", "section-a-worked-example"],
      [3, "Bayes' rule", "section-bayes-rule"],
    ]);
    expect(chunks[0]?.text).toBe("Probability measures how likely things are.");
    expect(chunks[1]?.text).toBe("Weight each defect rate by the supplier's share.");
    expect(chunks[2]?.text).toBe("Three suppliers provide bulbs.\n\n## not a heading inside code");
  });

  it("never returns a chunk without text, even for a section of only an image", () => {
    const chunks = chunkLesson({ title: "T", markdown: "## Picture\n![](only.png)\n\n## Words\nSome words." });
    expect(chunks).toEqual([{ position: 0, heading: "Words", anchor: "section-words", text: "Some words." }]);
    expect(chunkLesson({ title: "T", markdown: "" })).toEqual([]);
  });

  it("keeps link text in headings", () => {
    expect(chunkLesson({ title: "T", markdown: "## See [Bayes](https://x.test)\nText." })[0]?.heading).toBe("See Bayes");
  });

  it("packs whole paragraphs into chunks of at most maxChars", () => {
    const markdown = `## Long\n${[paragraph(1, 2), paragraph(3, 2), paragraph(5, 2)].join("\n\n")}`;
    const chunks = chunkLesson({ title: "T", markdown }, { maxChars: 170, minChars: 0 });
    expect(chunks.map((chunk) => chunk.text)).toEqual([`${paragraph(1, 2)}\n\n${paragraph(3, 2)}`, paragraph(5, 2)]);
    expect(chunks.every((chunk) => chunk.heading === "Long" && chunk.anchor === "section-long")).toBe(true);
    expect(chunks.map((chunk) => chunk.position)).toEqual([0, 1]);
  });

  it("splits one oversized paragraph at sentence ends", () => {
    const chunks = chunkLesson({ title: "T", markdown: paragraph(1, 5) }, { maxChars: 100, minChars: 0 });
    expect(chunks.map((chunk) => chunk.text)).toEqual([paragraph(1, 2), paragraph(3, 2), paragraph(5, 1)]);
  });

  it("cuts a sentence longer than maxChars at spaces, and a word longer than that hard", () => {
    const words = chunkLesson({ title: "T", markdown: "alpha beta gamma delta epsilon" }, { maxChars: 12, minChars: 0 });
    expect(words.map((chunk) => chunk.text)).toEqual(["alpha beta", "gamma delta", "epsilon"]);
    const hard = chunkLesson({ title: "T", markdown: "abcdefghijklmnopqrstuvwxyz" }, { maxChars: 10, minChars: 0 });
    expect(hard.map((chunk) => chunk.text)).toEqual(["abcdefghij", "klmnopqrst", "uvwxyz"]);
  });

  it("merges a short last piece into the piece before it in the same section", () => {
    const markdown = `${paragraph(1, 2)}\n\n${paragraph(3, 2)}\n\nShort tail.\n\n## Next\nShort next section.`;
    const chunks = chunkLesson({ title: "T", markdown }, { maxChars: 90, minChars: 20 });
    expect(chunks.map((chunk) => chunk.text)).toEqual([paragraph(1, 2), `${paragraph(3, 2)}\n\nShort tail.`, "Short next section."]);
    expect(chunks.map((chunk) => chunk.position)).toEqual([0, 1, 2]);
  });

  it("defaults to 1200-character chunks", () => {
    const chunks = chunkLesson({ title: "T", markdown: Array.from({ length: 8 }, (_, index) => paragraph(index * 10, 10)).join("\n\n") });
    // Ten 41-character sentences make a 419-character paragraph; two fit in 1200 with the break, three do not.
    expect(chunks.map((chunk) => chunk.text.length)).toEqual([840, 840, 840, 840]);
  });

  it("rejects a maxChars that cannot hold any text", () => {
    expect(() => chunkLesson(lesson, { maxChars: 0 })).toThrow(RangeError);
    expect(() => chunkLesson(lesson, { minChars: -1 })).toThrow(RangeError);
  });
});

describe("chunkContentHash", () => {
  const chunk: LessonChunk = { position: 3, heading: "Bayes' rule", anchor: "section-bayes-rule", text: "Posterior." };

  it("is the sha256 of the heading and text, ignoring position and anchor", () => {
    expect(chunkContentHash(chunk)).toBe(createHash("sha256").update("Bayes' rule\nPosterior.").digest("hex"));
    const moved: LessonChunk = { ...chunk, position: 9, anchor: "section-x" };
    expect(chunkContentHash(moved)).toBe(chunkContentHash(chunk));
  });

  it("changes when the heading or the text changes", () => {
    expect(chunkContentHash({ ...chunk, heading: "Bayes rule" })).not.toBe(chunkContentHash(chunk));
    expect(chunkContentHash({ ...chunk, text: "Posterior!" })).not.toBe(chunkContentHash(chunk));
  });
});
