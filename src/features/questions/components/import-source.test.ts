import { describe, expect, it } from "vitest";
import { describeImportError, fileProblem, formatBytes, formatFromFileName, MAX_IMPORT_BYTES, resolveImportFormat, tooLargeMessage, utf8Length } from "./import-source";

describe("formatFromFileName", () => {
  it.each([
    ["bank.gift", "gift"],
    ["Moodle export.TXT", "gift"],
    ["questions.json", "json"],
    ["questions.xml", null],
    ["gift", null],
  ])("reads %s as %s", (name, format) => {
    expect(formatFromFileName(name)).toBe(format);
  });
});

describe("fileProblem", () => {
  it("accepts a file of exactly 1 MB and refuses one byte more, saying how big it is", () => {
    expect(fileProblem({ name: "a.gift", size: MAX_IMPORT_BYTES })).toBeNull();
    expect(fileProblem({ name: "a.gift", size: 1_400_000 })).toBe(tooLargeMessage(1_400_000));
    expect(tooLargeMessage(1_400_000)).toMatch(/^That file is 1\.4 MB; you can import at most 1 MB/);
  });

  it("refuses other kinds of file by name", () => {
    expect(fileProblem({ name: "quiz.docx", size: 10 })).toBe('"quiz.docx" is not a .gift, .txt or .json file.');
  });
});

describe("resolveImportFormat", () => {
  it("uses the chosen format over everything else", () => {
    expect(resolveImportFormat("json", "a.gift", "::Q:: x {T}")).toBe("json");
  });
  it("uses the file's extension, then the text's first character", () => {
    expect(resolveImportFormat("auto", "a.json", "")).toBe("json");
    expect(resolveImportFormat("auto", null, '\n  {"format": "learnforge.questions"}')).toBe("json");
    expect(resolveImportFormat("auto", null, "Is 2 prime? {T}")).toBe("gift");
  });
});

describe("utf8Length and formatBytes", () => {
  it("count bytes, not characters", () => {
    expect(utf8Length("Ω≈")).toBe(5);
    expect(formatBytes(900)).toBe("900 bytes");
    expect(formatBytes(12_345)).toBe("12 kB");
    expect(formatBytes(1_000_001)).toBe("1.1 MB");
  });
});

describe("describeImportError", () => {
  it("starts with the line when there is one", () => {
    expect(describeImportError({ line: 12, message: "Missing }" })).toBe("Line 12: Missing }");
    expect(describeImportError({ line: null, message: "No questions" })).toBe("No questions");
  });
});
