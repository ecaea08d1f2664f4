// Calendar days as "YYYY-MM-DD" strings in UTC: the admin console reports usage by UTC day so that
// every admin, wherever they are, sees the same totals for the same date.

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The UTC calendar day of an instant. */
export function utcDayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Midnight UTC at the start of a day. */
export function startOfUtcDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function isCalendarDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const date = startOfUtcDay(value);
  return !Number.isNaN(date.getTime()) && utcDayOf(date) === value;
}

export function addDays(day: string, days: number): string {
  return utcDayOf(new Date(startOfUtcDay(day).getTime() + days * DAY_MS));
}

/** How many days from `from` to `to`, both included (0 when `to` is before `from`). */
export function daysInclusive(from: string, to: string): number {
  return Math.max(0, Math.round((startOfUtcDay(to).getTime() - startOfUtcDay(from).getTime()) / DAY_MS) + 1);
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: string, to: string): string[] {
  return Array.from({ length: daysInclusive(from, to) }, (_, index) => addDays(from, index));
}
