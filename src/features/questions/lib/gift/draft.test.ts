import { describe, expect, it } from "vitest";
import type { GiftAnswer, ParsedAnswerBlock } from "@/features/questions/lib/gift/answers";
import { buildGiftDraft, lineOfIssue, type GiftLines } from "@/features/questions/lib/gift/draft";

const lines: GiftLines = { question: 10, block: 11, answers: [12, 13, 14], explanation: 15, metadata: 9 };
const answer = (mark: "=" | "~", text: string, weight: number | null = null): GiftAnswer => ({ mark, weight, text, feedback: "", line: 12 });
const answers = (...list: GiftAnswer[]): ParsedAnswerBlock => ({ block: { kind: "answers", answers: list }, explanation: "", explanationLine: 11 });
const typeOf = (parsed: ParsedAnswerBlock, metadata = {}) => {
  const draft = buildGiftDraft("Stem", parsed, metadata, lines);
  if (Array.isArray(draft)) throw new Error(JSON.stringify(draft));
  return draft.body.type;
};

describe("buildGiftDraft", () => {
  it.each<[string, ParsedAnswerBlock, string]>([
    ["= and ~", answers(answer("=", "a"), answer("~", "b")), "single_choice"],
    ["only =", answers(answer("=", "a"), answer("=", "b")), "short_text"],
    ["two positive weights", answers(answer("~", "a", 50), answer("~", "b", 50), answer("~", "c")), "multiple_choice"],
    ["one weight under 100%", answers(answer("~", "a", 40), answer("~", "b")), "multiple_choice"],
    ["one weight of 100%", answers(answer("~", "a", 100), answer("~", "b", -100)), "single_choice"],
  ])("reads %s as %s", (_label, parsed, type) => {
    expect(typeOf(parsed)).toBe(type);
  });

  it("lets the metadata decide what the answers leave open", () => {
    expect(typeOf(answers(answer("=", "a"), answer("~", "b")), { scoring: "all_or_nothing" })).toBe("multiple_choice");
    expect(typeOf(answers(answer("=", "a -> b")), { type: "short_text" })).toBe("short_text");
    expect(typeOf(answers(answer("~", "a", 50), answer("~", "b", 50)), { type: "multiple_choice" })).toBe("multiple_choice");
  });

  it("rejects metadata naming a type the answers cannot be", () => {
    expect(buildGiftDraft("Stem", answers(answer("=", "a"), answer("~", "b")), { type: "short_text" }, lines)).toEqual([
      { line: 9, message: '// @learnforge says "short_text" but the answers make a single_choice question' },
    ]);
  });

  it("gives an essay the default rubric unless the metadata has one", () => {
    const essay: ParsedAnswerBlock = { block: { kind: "essay" }, explanation: "", explanationLine: 11 };
    expect(buildGiftDraft("Stem", essay, {}, lines)).toMatchObject({ body: { rubric: [{ criterion: "Quality of the answer", points: 1 }] } });
    expect(buildGiftDraft("Stem", essay, { rubric: [{ criterion: "Depth", description: "", points: 4 }] }, lines)).toMatchObject({ body: { rubric: [{ criterion: "Depth" }] } });
  });
});

describe("lineOfIssue", () => {
  it.each<[(string | number)[], number]>([
    [["body", "stem"], 10],
    [["body", "options"], 11],
    [["body", "options", 1, "text"], 13],
    [["body", "options", 1, "id"], 9],
    [["body", "acceptedAnswers", 2], 14],
    [["body", "explanation"], 15],
    [["body", "unit"], 9],
    [["topicSlugs", 0], 9],
    [["body", "tolerance"], 11],
  ])("puts an issue at %j on line %i", (path, line) => {
    expect(lineOfIssue(path, lines)).toBe(line);
  });
  it("falls back to the question without a metadata line", () => {
    expect(lineOfIssue(["topicSlugs", 0], { ...lines, metadata: null })).toBe(10);
    expect(lineOfIssue(["body", "rubric"], { ...lines, metadata: null })).toBe(11);
  });
});
