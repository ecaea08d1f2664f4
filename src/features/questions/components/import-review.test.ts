import { describe, expect, it } from "vitest";
import { ROUND_TRIP_DRAFTS } from "@/features/questions/lib/draft-fixtures";
import { previewImport, unknownTopicProblems } from "./import-review";

describe("previewImport", () => {
  it("counts every type and shows the first stems as plain text", () => {
    const preview = previewImport(ROUND_TRIP_DRAFTS, 2);
    expect(preview.count).toBe(ROUND_TRIP_DRAFTS.length);
    expect(Object.values(preview.byType).reduce((sum, count) => sum + count, 0)).toBe(ROUND_TRIP_DRAFTS.length);
    expect(preview.byType.essay).toBe(ROUND_TRIP_DRAFTS.filter((draft) => draft.body.type === "essay").length);
    expect(preview.samples).toHaveLength(2);
    expect(preview.samples[0]?.stem).not.toContain("\n");
  });
});

describe("unknownTopicProblems", () => {
  const drafts = ROUND_TRIP_DRAFTS.slice(0, 1).concat(ROUND_TRIP_DRAFTS.filter((draft) => draft.topicSlugs.includes("physics")));

  it("names each unknown topic once with the questions that use it", () => {
    const problems = unknownTopicProblems([drafts[0]!, drafts[1]!, drafts[0]!], ["sets-and-logic"]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'This course has no topic "counting" (used by questions 1 and 3). Add the topic on the course page, or remove it from the file.',
      'This course has no topic "physics" (used by question 2). Add the topic on the course page, or remove it from the file.',
    ]);
    expect(problems.every((problem) => problem.line === null)).toBe(true);
  });

  it("finds nothing when the course has every topic", () => {
    expect(unknownTopicProblems(drafts, ["counting", "sets-and-logic", "physics"])).toEqual([]);
  });
});
