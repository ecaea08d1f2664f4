import { describe, expect, it } from "vitest";
import { parseNumericAnswer } from "@/features/questions/lib/numeric-answer";
import { ResponseError } from "@/features/questions/lib/response-error";

describe("parseNumericAnswer", () => {
  it.each([
    ["0.25", 0.25],
    [" -3 ", -3],
    ["+4", 4],
    ["\u22125", -5],
    ["1e3", 1000],
    ["2.5E-4", 0.00025],
    [".5", 0.5],
    ["5.", 5],
    ["1,5", 1.5],
    ["-0,25", -0.25],
    ["0,500", 0.5],
    ["3,14159", 3.14159],
    ["1,5e3", 1500],
    ["1 000", 1000],
    ["1\u00a0000\u00a0000", 1_000_000],
    ["12\u202f345,6", 12345.6],
    ["1,000,000", 1_000_000],
    ["12,345.678", 12345.678],
    ["007", 7],
  ])("reads %j as %d", (raw, expected) => {
    expect(parseNumericAnswer(raw)).toBe(expected);
  });

  it.each(["", " ", "50%", "abc", "1/2", "0x10", "Infinity", "NaN", "1e999", "1.2.3", "1.000,5", "1,00,000", "1 00", "1,000 000", "1,", ".", "-", "e3", "3 cm", "- 3", "1_000"])(
    "rejects %j",
    (raw) => {
      expect(() => parseNumericAnswer(raw)).toThrow(new ResponseError("Enter a number, like 0.25"));
    },
  );

  it.each(["1,000", "-12,500", "999,999"])("refuses to guess what %j means", (raw) => {
    expect(() => parseNumericAnswer(raw)).toThrow(/could mean a thousand or a decimal/);
  });
});
