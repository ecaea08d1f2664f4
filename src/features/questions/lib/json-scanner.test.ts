import { describe, expect, it } from "vitest";
import { ROUND_TRIP_DRAFTS } from "@/features/questions/lib/draft-fixtures";
import { scanJson } from "@/features/questions/lib/json-scanner";

const valueOf = (text: string) => {
  const scanned = scanJson(text);
  if (!scanned.ok) throw new Error(scanned.message);
  return scanned.value;
};

describe("scanJson", () => {
  it.each([
    "0",
    "-1.5e-7",
    "1E+21",
    '"caf\\u00e9 \\ud83d\\ude00 \\" \\\\ \\/ \\b\\f\\n\\r\\t"',
    " [ ] ",
    "{}",
    '{"a":[1,{"b":null,"c":[true,false]}],"a":"last wins"}',
    JSON.stringify(ROUND_TRIP_DRAFTS, null, 2),
  ])("reads %s as JSON.parse does", (text) => {
    expect(valueOf(text)).toEqual(JSON.parse(text));
  });

  it("keeps __proto__ as an ordinary property", () => {
    const value = valueOf('{"__proto__": {"polluted": true}}');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value as object)).toEqual(["__proto__"]);
  });

  it("skips a byte-order mark", () => {
    expect(valueOf('\uFEFF{"a":1}')).toEqual({ a: 1 });
  });

  it.each([
    ["", 1, 1, "expected a value, found the end of the file"],
    ['{\n  "a": 1,\n}', 3, 1, 'expected a property name in double quotes, found "}"'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected "," or "}", found "\\""'],
    ["[1, 2", 1, 6, 'expected "," or "]", found the end of the file'],
    ['{"a" 1}', 1, 6, 'expected ":" after the property name, found "1"'],
    ['"open', 1, 6, "a string is never closed with a double quote"],
    ['"a\nb"', 1, 3, "a string contains a line break or control character; write it as \\n or \\u0000"],
    ['"\\x"', 1, 2, '"\\x" is not a JSON escape'],
    ["// comment\n{}", 1, 1, 'expected a value, found "/"'],
    ["{} {}", 1, 4, 'expected the end of the file after the JSON value, found "{"'],
    ["01", 1, 2, 'expected the end of the file after the JSON value, found "1"'],
    ["NaN", 1, 1, 'expected a value, found "N"'],
  ])("reports a syntax error in %j at line %i, column %i", (text, line, column, message) => {
    expect(scanJson(text)).toEqual({ ok: false, line, column, message });
  });

  it("refuses nesting deep enough to exhaust the stack", () => {
    expect(scanJson("[".repeat(10_000))).toMatchObject({ ok: false, message: "values are nested more than 200 deep" });
  });

  it("knows the line of every value and falls back to the nearest existing parent", () => {
    const scanned = scanJson('{\n  "list": [\n    1,\n    {\n      "x": "y"\n    }\n  ]\n}');
    if (!scanned.ok) throw new Error(scanned.message);
    expect(scanned.lineOf([])).toBe(1);
    expect(scanned.lineOf(["list"])).toBe(2);
    expect(scanned.lineOf(["list", 0])).toBe(3);
    expect(scanned.lineOf(["list", 1])).toBe(4);
    expect(scanned.lineOf(["list", 1, "x"])).toBe(5);
    expect(scanned.lineOf(["list", 1, "missing", 3])).toBe(4);
    expect(scanned.lineOf(["nothing"])).toBe(1);
  });
});
