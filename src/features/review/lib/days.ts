/**
 * Calendar days in a learner's time zone, for "due today", the review forecast and streaks.
 * A day key is "YYYY-MM-DD" in that zone. Only Intl: no date library.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Building a DateTimeFormat is slow; one per zone is reused.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch (error) {
    // Intl rejects an unknown zone with a RangeError: that is the answer, not a failure.
    if (error instanceof RangeError) return false;
    throw error;
  }
}

/** The wall-clock time at `instant` in the zone, as if it were UTC (ms since epoch). */
function wallClock(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  // formatToParts has no milliseconds; add the instant's back.
  return Date.UTC(year, month - 1, day, hour, minute, second) + (((instant % 1000) + 1000) % 1000);
}

function keyOfUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function parseDayKey(dayKey: string): number {
  const match = DAY_KEY.exec(dayKey);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  // The round trip rejects impossible dates such as 2026-02-30.
  if (Number.isNaN(ms) || keyOfUtc(ms) !== dayKey) throw new RangeError(`Not a day key (YYYY-MM-DD): "${dayKey}"`);
  return ms;
}

export function localDayKey(date: Date, timeZone: string): string {
  return keyOfUtc(wallClock(date.getTime(), timeZone));
}

export function addLocalDays(dayKey: string, days: number): string {
  return keyOfUtc(parseDayKey(dayKey) + days * DAY);
}

/**
 * The first instant of the day in the zone. Usually local midnight; where a DST change skips
 * midnight (Cairo, Santiago) it is the instant of the change, and where midnight happens twice
 * it is the first one.
 */
export function startOfLocalDayKey(dayKey: string, timeZone: string): Date {
  const midnight = parseDayKey(dayKey);
  // The zone's offsets a day either side bracket any change near midnight.
  const offsets = [midnight - DAY, midnight + DAY].map((t) => wallClock(t, timeZone) - t);
  const exact = offsets.map((offset) => midnight - offset).filter((t) => wallClock(t, timeZone) === midnight);
  if (exact.length > 0) return new Date(Math.min(...exact));
  // Midnight falls in a gap: search for the first instant whose wall clock is on this day.
  let before = midnight - Math.max(...offsets);
  let after = midnight - Math.min(...offsets);
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (wallClock(middle, timeZone) >= midnight) after = middle;
    else before = middle;
  }
  return new Date(after);
}

export function startOfLocalDay(now: Date, timeZone: string): Date {
  return startOfLocalDayKey(localDayKey(now, timeZone), timeZone);
}

/** The first instant of tomorrow in the zone: the end (exclusive) of "due today". */
export function startOfNextLocalDay(now: Date, timeZone: string): Date {
  return startOfLocalDayKey(addLocalDays(localDayKey(now, timeZone), 1), timeZone);
}

export type ForecastDay = { date: string; label: string; count: number };

/** Cards due on each of the next `days` days; today also holds everything overdue, later dates are dropped. */
export function forecastDays(dueDates: Date[], now: Date, timeZone: string, days = 30): ForecastDay[] {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`A forecast covers at least one day (got ${days})`);
  const today = localDayKey(now, timeZone);
  const forecast = Array.from({ length: days }, (_, index) => {
    const date = addLocalDays(today, index);
    const calendarDay = new Date(parseDayKey(date));
    return { date, label: `${WEEKDAYS[calendarDay.getUTCDay()]} ${calendarDay.getUTCDate()}`, count: 0 };
  });
  const indexOf = new Map(forecast.map((day, index) => [day.date, index]));
  for (const due of dueDates) {
    const key = localDayKey(due, timeZone);
    const index = key <= today ? 0 : indexOf.get(key);
    const day = index === undefined ? undefined : forecast[index];
    if (day) day.count += 1;
  }
  return forecast;
}

/**
 * Consecutive active days ending today, or ending yesterday while today has no activity yet:
 * a streak is not broken until the day is over.
 */
export function currentStreak(activeDayKeys: string[], todayKey: string): number {
  const active = new Set(activeDayKeys);
  let cursor = active.has(todayKey) ? todayKey : addLocalDays(todayKey, -1);
  let streak = 0;
  while (active.has(cursor)) {
    streak += 1;
    cursor = addLocalDays(cursor, -1);
  }
  return streak;
}

export function longestStreak(activeDayKeys: string[]): number {
  const days = [...new Set(activeDayKeys)].sort();
  let longest = 0;
  let run = 0;
  let previous: string | null = null;
  for (const day of days) {
    run = previous !== null && addLocalDays(previous, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  return longest;
}
