import { describe, expect, it } from "vitest";
import { formatIssuePath, toImportResult } from "@/features/questions/lib/import-result";

describe("toImportResult", () => {
  it("succeeds only without errors", () => {
    expect(toImportResult([], [])).toEqual({ ok: true, questions: [] });
  });
  it("sorts errors by line, keeping the order of errors on one line", () => {
    const errors = [
      { line: 9, message: "c" },
      { line: 2, message: "a" },
      { line: 9, message: "d" },
      { line: 4, message: "b" },
    ];
    expect(toImportResult([], errors)).toEqual({ ok: false, errors: [errors[1], errors[3], errors[0], errors[2]] });
  });
});

describe("formatIssuePath", () => {
  it("writes a path as it would be written in code", () => {
    expect(formatIssuePath(["questions", 2, "body", "options", 0, "text"])).toBe("questions[2].body.options[0].text");
    expect(formatIssuePath([])).toBe("");
  });
});
