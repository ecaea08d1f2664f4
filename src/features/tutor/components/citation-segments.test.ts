import { describe, expect, it } from "vitest";
import type { TutorCitation } from "@/drizzle/schema";
import { citationHref, citationLabel, splitCitations } from "./citation-segments";

const mean: TutorCitation = { n: 1, lessonSlug: "averages", lessonTitle: "Averages", anchor: "the-mean", heading: "The mean" };
const median: TutorCitation = { n: 2, lessonSlug: "averages", lessonTitle: "Averages", anchor: "the-median", heading: "The median" };

describe("splitCitations", () => {
  it("turns known markers into citations between text segments", () => {
    expect(splitCitations("The mean sums values [1], the median sorts them [2].", [mean, median])).toEqual([
      { kind: "text", text: "The mean sums values " },
      { kind: "citation", citation: mean },
      { kind: "text", text: ", the median sorts them " },
      { kind: "citation", citation: median },
      { kind: "text", text: "." },
    ]);
  });

  it("keeps a marker without a passage as text, merged with its neighbours", () => {
    expect(splitCitations("See [3] and [1]", [mean])).toEqual([
      { kind: "text", text: "See [3] and " },
      { kind: "citation", citation: mean },
    ]);
  });

  it("splits markers written back to back", () => {
    expect(splitCitations("[1][2]", [mean, median]).map((segment) => segment.kind)).toEqual(["citation", "citation"]);
  });

  it("leaves text without markers whole, and empty text empty", () => {
    expect(splitCitations("No sources here [x] [100]", [mean])).toEqual([{ kind: "text", text: "No sources here [x] [100]" }]);
    expect(splitCitations("", [mean])).toEqual([]);
  });
});

describe("citationLabel and citationHref", () => {
  it("names the lesson and the section, and links to the section's anchor", () => {
    expect(citationLabel(mean)).toBe("Averages — The mean");
    expect(citationHref("statistics", mean)).toBe("/courses/statistics/lessons/averages#the-mean");
  });

  it("names only the lesson for its introduction, and links to the lesson's top", () => {
    const intro = { ...mean, anchor: "", heading: "Averages" };
    expect(citationLabel(intro)).toBe("Averages");
    expect(citationHref("statistics", intro)).toBe("/courses/statistics/lessons/averages");
  });
});
