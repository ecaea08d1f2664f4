import { describe, expect, it } from "vitest";
import { stemPreview } from "./stem-preview";

describe("stemPreview", () => {
  it("keeps the words of Markdown and drops its markers", () => {
    expect(stemPreview("## Dice\n\nTwo **fair** dice are _rolled_. See [the table](https://x.test) and `P(A)`.")).toBe(
      "Dice Two fair dice are rolled. See the table and P(A).",
    );
  });

  it("drops code blocks and list markers", () => {
    expect(stemPreview("Which is true?\n\n- one\n- two\n\n```\nx = 1\n```")).toBe("Which is true? one two");
  });

  it("replaces a table with a marker", () => {
    expect(stemPreview("Survey results:\n\n| Year | Weekly |\n|---|---|\n| First | 60 |\n\nWhat is P(weekly | first)?")).toBe(
      "Survey results: [table] What is P(weekly | first)?",
    );
  });

  it("cuts a long stem at a word and marks the cut", () => {
    const preview = stemPreview("word ".repeat(50), 30);
    expect(preview.length).toBeLessThanOrEqual(30);
    expect(preview.endsWith("word…")).toBe(true);
  });

  it("leaves arithmetic with single asterisks readable", () => {
    expect(stemPreview("Compute 2 * 3 * 4.")).toBe("Compute 2 * 3 * 4.");
  });
});
