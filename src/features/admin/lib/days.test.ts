import { describe, expect, it } from "vitest";
import { addDays, daysInclusive, eachDay, isCalendarDay, startOfUtcDay, utcDayOf } from "./days";

describe("UTC days", () => {
  it("takes the UTC date of an instant, not the local one", () => {
    expect(utcDayOf(new Date("2030-03-10T23:30:00-05:00"))).toBe("2030-03-11");
    expect(startOfUtcDay("2030-03-11").toISOString()).toBe("2030-03-11T00:00:00.000Z");
  });

  it("accepts only real calendar days", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2030-02-29")).toBe(false);
    expect(isCalendarDay("2030-13-01")).toBe(false);
    expect(isCalendarDay("2030-1-01")).toBe(false);
    expect(isCalendarDay("yesterday")).toBe(false);
  });

  it("steps across month and year ends", () => {
    expect(addDays("2030-12-31", 1)).toBe("2031-01-01");
    expect(addDays("2030-03-01", -1)).toBe("2030-02-28");
    expect(addDays("2030-03-31", -29)).toBe("2030-03-02");
  });

  it("counts and lists days with both ends included", () => {
    expect(daysInclusive("2030-03-01", "2030-03-01")).toBe(1);
    expect(daysInclusive("2030-01-01", "2030-03-31")).toBe(90);
    expect(daysInclusive("2030-03-02", "2030-03-01")).toBe(0);
    expect(eachDay("2030-02-27", "2030-03-02")).toEqual(["2030-02-27", "2030-02-28", "2030-03-01", "2030-03-02"]);
  });
});
