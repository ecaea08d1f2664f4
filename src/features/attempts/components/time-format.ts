/** Time and countdown formatting for the attempt player and the class pages. Pure: pass the locale and time zone. */

export type FormatOptions = { locale?: string; timeZone?: string };

/** How far the server's clock is ahead of this browser's (negative when behind). */
export function clockOffsetMs(serverNow: Date, clientNowMs: number): number {
  return serverNow.getTime() - clientNowMs;
}

/** Milliseconds left until the deadline on the server's clock, never below zero. */
export function remainingMs(deadline: Date, clientNowMs: number, offsetMs: number): number {
  return Math.max(0, deadline.getTime() - (clientNowMs + offsetMs));
}

/** A countdown: "1:05:09", "29:59", "0:09". Rounds up, so it reads 0:00 only when time is up. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${ss}` : `${minutes}:${ss}`;
}

/** The countdown in words, for a screen reader that reads the timer on focus: "29 minutes 59 seconds left". */
export function describeCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  if (total === 0) return "Time is up";
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const parts = [
    hours > 0 ? `${hours} hour${hours === 1 ? "" : "s"}` : null,
    minutes > 0 ? `${minutes} minute${minutes === 1 ? "" : "s"}` : null,
    seconds > 0 && hours === 0 ? `${seconds} second${seconds === 1 ? "" : "s"}` : null,
  ].filter(Boolean);
  return `${parts.join(" ")} left`;
}

/**
 * The text of the timer's polite live region. It changes only when a threshold is crossed,
 * so a screen reader hears "5 minutes left", "1 minute left" and "Time is up" once each.
 */
export function timerAnnouncement(ms: number): string {
  if (ms <= 0) return "Time is up";
  if (ms <= 60_000) return "1 minute left";
  if (ms <= 5 * 60_000) return "5 minutes left";
  return "";
}

/** "10:42" in the viewer's locale and zone, for "Saved · 10:42". */
export function formatClockTime(date: Date, { locale, timeZone }: FormatOptions = {}): string {
  return new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone }).format(date);
}

/** "10 Oct 2025, 14:00" in the viewer's locale and zone. */
export function formatDateTime(date: Date, { locale, timeZone }: FormatOptions = {}): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}

/** The same moment for a page rendered before the browser's zone is known: "2025-10-10 14:00 UTC". */
export function formatUtc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "in 2 days", "3 hours ago", "in 5 minutes"; under a minute reads "now". */
export function formatRelative(date: Date, nowMs: number, { locale }: FormatOptions = {}): string {
  const diff = date.getTime() - nowMs;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(diff) >= size) return format.format(Math.trunc(diff / size), unit);
  }
  return format.format(0, "second");
}
