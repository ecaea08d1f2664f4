import { describe, expect, it } from "vitest";
import { bestPassage, contentWords, headingAnchor, splitLessonPassages } from "./passages";

const lesson = `Probability measures how likely things are.

## The law of total probability
Split the sample space into suppliers; weight each defect rate by the supplier's share.

### A worked example
Three suppliers provide bulbs with different defect rates.

\`\`\`
## not a heading inside code
\`\`\`

## Bayes' rule
The posterior is the prior times the likelihood, divided by the evidence.
`;

describe("splitLessonPassages", () => {
  it("splits at level-2 and level-3 headings, keeping the introduction and ignoring code", () => {
    const passages = splitLessonPassages(lesson, "Conditional probability");
    expect(passages.map((passage) => [passage.anchor, passage.heading])).toEqual([
      ["", "Conditional probability"],
      ["section-the-law-of-total-probability", "The law of total probability"],
      ["section-a-worked-example", "A worked example"],
      ["section-bayes-rule", "Bayes' rule"],
    ]);
    expect(passages[2]?.text).toContain("## not a heading inside code");
  });
});

describe("headingAnchor", () => {
  it("makes a stable id from a heading's words", () => {
    expect(headingAnchor("Café *au* lait: P(A | B)")).toBe("section-cafe-au-lait-pa-b");
    expect(headingAnchor("???")).toBe("section-part");
  });
});

describe("contentWords", () => {
  it("drops stop words and trims common endings", () => {
    expect(contentWords("The suppliers' defect rates are weighted")).toEqual(["supplier", "defect", "rate", "weight"]);
  });
});

describe("bestPassage", () => {
  const sources = [
    { lessonId: "l1", slug: "conditional", title: "Conditional probability", markdown: lesson },
    { lessonId: "l2", slug: "normal", title: "The normal curve", markdown: "## Standard scores\nA z-score counts standard deviations from the mean.\n" },
  ];

  it("finds the passage that shares the rarest words with the question", () => {
    expect(bestPassage("Which quantity in Bayes' rule is the prior, and which the posterior?", sources)).toMatchObject({
      lessonId: "l1",
      anchor: "section-bayes-rule",
    });
    expect(bestPassage("What is the z-score of a value two standard deviations above the mean?", sources)).toMatchObject({
      lessonId: "l2",
      anchor: "section-standard-scores",
    });
  });

  it("returns null when no passage shares a word with the question", () => {
    expect(bestPassage("Quantum chromodynamics", sources)).toBeNull();
    expect(bestPassage("anything", [])).toBeNull();
  });
});
