import { describe, expect, it } from "vitest";
import { parseAnswerBlock } from "@/features/questions/lib/gift/answers";
import { splitGiftBlocks } from "@/features/questions/lib/gift/source";

/** Parses the inside of an answer block written as GIFT source (escapes and lines included). */
const parse = (source: string) => parseAnswerBlock(splitGiftBlocks(source).blocks[0]?.chars ?? [], 1, (text) => text);

describe("parseAnswerBlock", () => {
  it("reads an empty block as an essay and whitespace-only too", () => {
    expect(parse(" ")).toEqual({ block: { kind: "essay" }, explanation: "", explanationLine: 1 });
    expect(parse("####Model answer")).toEqual({ block: { kind: "essay" }, explanation: "Model answer", explanationLine: 1 });
  });

  it("keeps each answer's weight, text, feedback and line", () => {
    expect(parse("~%-33.3%one#why\n=two\n~%0%three\n####General")).toEqual({
      block: {
        kind: "answers",
        answers: [
          { mark: "~", weight: -33.3, text: "one", feedback: "why", line: 1 },
          { mark: "=", weight: null, text: "two", feedback: "", line: 2 },
          { mark: "~", weight: 0, text: "three", feedback: "", line: 3 },
        ],
      },
      explanation: "General",
      explanationLine: 4,
    });
  });

  it("reads a % that does not close as part of the text", () => {
    expect(parse("=%50 off ~full")).toMatchObject({ block: { answers: [{ weight: null, text: "%50 off" }, { text: "full" }] } });
  });

  it("rejects weights beyond ±100%", () => {
    expect(parse("~%150%a =b")).toEqual([{ line: 1, message: '"%150%" is not a weight; write a percentage from -100 to 100, like %50%' }]);
  });

  it("reads true/false with both feedbacks", () => {
    expect(parse("F#wrong#right")).toMatchObject({ block: { kind: "true_false", correct: false } });
  });

  it.each([
    ["#3.14:0.01", 3.14, 0.01],
    ["#.5", 0.5, 0],
    ["# 1.5 .. 2.5 #feedback", 2, 0.5],
    ["#-1e3:+1e1", -1000, 10],
  ])("reads numeric %j", (source, answer, tolerance) => {
    expect(parse(source)).toMatchObject({ block: { kind: "numeric", answer, tolerance } });
  });

  it("points a numeric error at the line of its answer", () => {
    expect(parse("\n#abc")).toEqual([{ line: 2, message: '"abc" is not a numeric answer; write it like {#3.14:0.01}, {#2} or {#1..5}' }]);
  });

  it("rejects a ~ in a numeric block", () => {
    expect(parse("#1 ~2")).toEqual([expect.objectContaining({ message: expect.stringMatching(/several answers/) })]);
  });
});
