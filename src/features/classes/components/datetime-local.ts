/**
 * <input type="datetime-local"> holds a wall-clock time with no zone. These read and write it
 * in the zone of the runtime they run in — the teacher's browser — so the server only ever
 * receives ISO instants.
 */

const pad = (value: number) => String(value).padStart(2, "0");

/** "2025-10-10T14:00" for the input, in this runtime's time zone; "" for no date. */
export function toDateTimeLocalValue(date: Date | null): string {
  if (!date || Number.isNaN(date.getTime())) return "";
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const LOCAL_VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The ISO instant an input value means in this runtime's time zone: "" for a blank input,
 * null when the value is not a date and time the calendar has.
 */
export function fromDateTimeLocalValue(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === "") return "";
  const match = LOCAL_VALUE.exec(trimmed);
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  // new Date rolls 31 February over into March; refuse it instead.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date.toISOString();
}
