import { describe, expect, it } from "vitest";
import {
  clockOffsetMs,
  describeCountdown,
  formatClockTime,
  formatCountdown,
  formatDateTime,
  formatRelative,
  formatUtc,
  remainingMs,
  timerAnnouncement,
} from "./time-format";

describe("the countdown", () => {
  it("uses the server's clock through the offset, not the browser's", () => {
    const serverNow = new Date("2025-10-10T12:00:00Z");
    // This browser's clock is 2 minutes slow.
    const clientNow = serverNow.getTime() - 120_000;
    const offset = clockOffsetMs(serverNow, clientNow);
    const deadline = new Date("2025-10-10T12:10:00Z");
    expect(remainingMs(deadline, clientNow, offset)).toBe(600_000);
    expect(remainingMs(deadline, clientNow + 601_000, offset)).toBe(0);
  });

  it("formats minutes and seconds, and hours when there are any", () => {
    expect(formatCountdown(29 * 60_000 + 59_000)).toBe("29:59");
    expect(formatCountdown(9_000)).toBe("0:09");
    expect(formatCountdown(3_909_000)).toBe("1:05:09");
    expect(formatCountdown(0)).toBe("0:00");
  });

  it("rounds up, so the last second reads 0:01 and not 0:00", () => {
    expect(formatCountdown(200)).toBe("0:01");
    expect(formatCountdown(-5_000)).toBe("0:00");
  });

  it("describes the time left in words", () => {
    expect(describeCountdown(29 * 60_000 + 59_000)).toBe("29 minutes 59 seconds left");
    expect(describeCountdown(3_600_000 + 60_000)).toBe("1 hour 1 minute left");
    expect(describeCountdown(1_000)).toBe("1 second left");
    expect(describeCountdown(0)).toBe("Time is up");
  });

  it("announces only when a threshold is crossed", () => {
    expect(timerAnnouncement(5 * 60_000 + 1)).toBe("");
    expect(timerAnnouncement(5 * 60_000)).toBe("5 minutes left");
    expect(timerAnnouncement(61_000)).toBe("5 minutes left");
    expect(timerAnnouncement(60_000)).toBe("1 minute left");
    expect(timerAnnouncement(0)).toBe("Time is up");
  });
});

describe("dates and times", () => {
  const date = new Date("2025-10-10T14:05:00Z");

  it("shows a clock time in the viewer's locale and zone", () => {
    expect(formatClockTime(date, { locale: "en-GB", timeZone: "UTC" })).toBe("14:05");
    expect(formatClockTime(date, { locale: "en-US", timeZone: "America/New_York" })).toBe("10:05 AM");
  });

  it("shows a date and time in the viewer's locale and zone", () => {
    expect(formatDateTime(date, { locale: "en-GB", timeZone: "Europe/London" })).toBe("10 Oct 2025, 15:05");
  });

  it("has a zone-free fallback for the server render", () => {
    expect(formatUtc(date)).toBe("2025-10-10 14:05 UTC");
  });

  it("says how far away a time is", () => {
    const now = date.getTime();
    expect(formatRelative(new Date(now + 2 * 86_400_000 + 5_000), now, { locale: "en" })).toBe("in 2 days");
    expect(formatRelative(new Date(now - 3 * 3_600_000), now, { locale: "en" })).toBe("3 hours ago");
    expect(formatRelative(new Date(now + 5 * 60_000), now, { locale: "en" })).toBe("in 5 minutes");
    expect(formatRelative(new Date(now + 10_000), now, { locale: "en" })).toBe("now");
  });
});
