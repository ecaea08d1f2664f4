import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromDateTimeLocalValue, toDateTimeLocalValue } from "./datetime-local";

// Node re-reads TZ when it changes, so these run as a browser in New York would.
const originalZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = "America/New_York";
});
afterAll(() => {
  process.env.TZ = originalZone;
});

describe("datetime-local values", () => {
  it("reads an input value as the teacher's wall-clock time", () => {
    expect(fromDateTimeLocalValue("2025-10-10T14:00")).toBe("2025-10-10T18:00:00.000Z");
    expect(fromDateTimeLocalValue("2025-12-01T09:30")).toBe("2025-12-01T14:30:00.000Z");
  });

  it("writes an instant as the teacher's wall-clock time, without seconds", () => {
    expect(toDateTimeLocalValue(new Date("2025-10-10T18:00:59.000Z"))).toBe("2025-10-10T14:00");
    expect(toDateTimeLocalValue(null)).toBe("");
  });

  it("round-trips a value through ISO", () => {
    const value = "2026-03-29T23:45";
    expect(toDateTimeLocalValue(new Date(fromDateTimeLocalValue(value)!))).toBe(value);
  });

  it("treats a blank input as no date and refuses dates the calendar does not have", () => {
    expect(fromDateTimeLocalValue("  ")).toBe("");
    expect(fromDateTimeLocalValue("2025-02-31T10:00")).toBeNull();
    expect(fromDateTimeLocalValue("tomorrow")).toBeNull();
  });
});
