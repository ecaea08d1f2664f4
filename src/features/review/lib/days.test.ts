import { describe, expect, it } from "vitest";
import {
  addLocalDays,
  currentStreak,
  forecastDays,
  isValidTimeZone,
  localDayKey,
  longestStreak,
  startOfLocalDay,
  startOfLocalDayKey,
  startOfNextLocalDay,
} from "./days";

const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;

describe("isValidTimeZone", () => {
  it("accepts IANA zones and UTC, and rejects unknown or empty names", () => {
    expect(isValidTimeZone("Europe/London")).toBe(true);
    expect(isValidTimeZone("America/New_York")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});

describe("localDayKey", () => {
  it("gives the calendar day in the zone, not in UTC", () => {
    expect(localDayKey(at("2026-01-15T03:00:00Z"), "America/New_York")).toBe("2026-01-14");
    expect(localDayKey(at("2026-01-15T03:00:00Z"), "Asia/Tokyo")).toBe("2026-01-15");
    expect(localDayKey(at("2026-01-15T23:30:00Z"), "Asia/Tokyo")).toBe("2026-01-16");
  });
});

describe("addLocalDays", () => {
  it("crosses months, years and leap days in both directions", () => {
    expect(addLocalDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addLocalDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addLocalDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addLocalDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addLocalDays("2026-03-08", 0)).toBe("2026-03-08");
  });

  it("rejects a malformed or impossible day key", () => {
    expect(() => addLocalDays("2026-2-3", 1)).toThrow(RangeError);
    expect(() => addLocalDays("2026-02-30", 1)).toThrow(RangeError);
  });
});

describe("day boundaries across daylight saving", () => {
  it("makes the New York spring-forward day 23 hours long", () => {
    const start = startOfNextLocalDay(at("2026-03-07T20:00:00Z"), "America/New_York");
    const end = startOfNextLocalDay(start, "America/New_York");
    expect(start.toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(end.toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(end.getTime() - start.getTime()).toBe(23 * HOUR);
  });

  it("makes the New York fall-back day 25 hours long", () => {
    const start = startOfNextLocalDay(at("2026-10-31T20:00:00Z"), "America/New_York");
    const end = startOfNextLocalDay(start, "America/New_York");
    expect(start.toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect(end.toISOString()).toBe("2026-11-02T05:00:00.000Z");
    expect(end.getTime() - start.getTime()).toBe(25 * HOUR);
  });

  it("follows London's clock changes (23 h in March, 25 h in October)", () => {
    expect(startOfLocalDayKey("2026-03-29", "Europe/London").toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(startOfLocalDayKey("2026-03-30", "Europe/London").toISOString()).toBe("2026-03-29T23:00:00.000Z");
    expect(startOfLocalDayKey("2026-10-25", "Europe/London").toISOString()).toBe("2026-10-24T23:00:00.000Z");
    expect(startOfLocalDayKey("2026-10-26", "Europe/London").toISOString()).toBe("2026-10-26T00:00:00.000Z");
  });

  it("starts the day at the clock change where midnight is skipped (Cairo, Santiago)", () => {
    expect(startOfLocalDayKey("2026-04-24", "Africa/Cairo").toISOString()).toBe("2026-04-23T22:00:00.000Z");
    expect(startOfLocalDayKey("2026-09-06", "America/Santiago").toISOString()).toBe("2026-09-06T04:00:00.000Z");
  });

  it("takes the first of two midnights (Havana falls back from 01:00 to 00:00)", () => {
    expect(startOfLocalDayKey("2026-11-01", "America/Havana").toISOString()).toBe("2026-11-01T04:00:00.000Z");
  });

  it("gives the start of the current day from any instant in it", () => {
    expect(startOfLocalDay(at("2026-03-08T12:00:00Z"), "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(startOfLocalDay(at("2026-03-08T04:59:59Z"), "America/New_York").toISOString()).toBe("2026-03-07T05:00:00.000Z");
  });
});

describe("forecastDays", () => {
  const now = at("2026-03-07T20:00:00Z"); // Saturday 7 March, 15:00 in New York

  it("puts overdue cards into today, buckets by local day and drops dates past the window", () => {
    const forecast = forecastDays(
      [
        at("2026-03-01T12:00:00Z"), // overdue
        at("2026-03-08T04:30:00Z"), // 23:30 on the 7th in New York: today
        at("2026-03-08T05:30:00Z"), // 00:30 on the 8th: tomorrow
        at("2026-04-05T15:00:00Z"), // the 30th day of the window
        at("2026-04-06T15:00:00Z"), // one day past it
      ],
      now,
      "America/New_York",
    );
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ date: "2026-03-07", label: "Sat 7", count: 2 });
    expect(forecast[1]).toEqual({ date: "2026-03-08", label: "Sun 8", count: 1 });
    expect(forecast[29]).toEqual({ date: "2026-04-05", label: "Sun 5", count: 1 });
    expect(forecast.reduce((sum, day) => sum + day.count, 0)).toBe(4);
  });

  it("honours a shorter window", () => {
    const forecast = forecastDays([at("2026-03-10T15:00:00Z")], now, "America/New_York", 3);
    expect(forecast.map((day) => day.count)).toEqual([0, 0, 0]);
    expect(() => forecastDays([], now, "America/New_York", 0)).toThrow(RangeError);
  });
});

describe("currentStreak", () => {
  it("counts consecutive active days ending today", () => {
    expect(currentStreak(["2026-02-27", "2026-02-28", "2026-03-01"], "2026-03-01")).toBe(3);
  });

  it("keeps yesterday's streak alive while today has no activity yet", () => {
    expect(currentStreak(["2026-02-27", "2026-02-28"], "2026-03-01")).toBe(2);
  });

  it("is broken by a missed day", () => {
    expect(currentStreak(["2026-02-26", "2026-02-27", "2026-03-01"], "2026-03-01")).toBe(1);
    expect(currentStreak(["2026-02-26", "2026-02-27"], "2026-03-01")).toBe(0);
    expect(currentStreak([], "2026-03-01")).toBe(0);
  });
});

describe("longestStreak", () => {
  it("finds the longest run in unsorted keys with duplicates and gaps", () => {
    expect(longestStreak(["2026-03-05", "2026-02-28", "2026-03-01", "2026-02-27", "2026-03-01", "2026-03-06"])).toBe(3);
    expect(longestStreak(["2026-12-31", "2027-01-01"])).toBe(2);
    expect(longestStreak([])).toBe(0);
  });
});
