import { describe, expect, it } from "vitest";
import { importedMessage, regradeMessage, savedMessage } from "./save-messages";

describe("savedMessage", () => {
  it("names the new version when attempts keep the earlier one", () => {
    expect(savedMessage({ version: 3, newVersion: true })).toBe("Saved as version 3 — attempts that showed the earlier version keep it.");
  });
  it("says the version was corrected in place when no attempt showed it", () => {
    expect(savedMessage({ version: 1, newVersion: false })).toMatch(/still version 1/);
  });
});

describe("regradeMessage", () => {
  it("counts answers regraded and marks changed, singular and plural", () => {
    expect(regradeMessage({ slots: 12, changed: 1 })).toBe("12 answers regraded, 1 mark changed.");
    expect(regradeMessage({ slots: 1, changed: 0 })).toBe("1 answer regraded, 0 marks changed.");
  });
  it("says so when there was nothing to regrade", () => {
    expect(regradeMessage({ slots: 0, changed: 0 })).toMatch(/nothing was regraded/);
  });
});

describe("importedMessage", () => {
  it("counts the questions", () => {
    expect(importedMessage(14)).toBe("Imported 14 questions.");
    expect(importedMessage(1)).toBe("Imported 1 question.");
  });
});
