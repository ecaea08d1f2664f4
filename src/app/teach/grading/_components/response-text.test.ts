import { describe, expect, it } from "vitest";
import { markStep, responseText } from "./response-text";

describe("responseText", () => {
  it("gives an essay's text exactly as written, markup included", () => {
    expect(responseText({ text: "<img src=x onerror=alert(1)> **bold**" })).toBe("<img src=x onerror=alert(1)> **bold**");
  });

  it("says nothing was saved for an empty slot", () => {
    expect(responseText(null)).toBeNull();
  });

  it("falls back to JSON for other shapes", () => {
    expect(responseText({ value: 0.25 })).toBe('{"value":0.25}');
  });
});

describe("markStep", () => {
  it("steps in halves when the maximum is a whole or half mark, else allows any mark", () => {
    expect(markStep(4)).toBe("0.5");
    expect(markStep(2.5)).toBe("0.5");
    expect(markStep(0.75)).toBe("any");
  });
});
