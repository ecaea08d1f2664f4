"use client";

import { useHydrated, useNow } from "./clock";
import { formatClockTime, formatDateTime, formatRelative, formatUtc } from "./time-format";

/** What the server knows of the viewer: the zone their browser reported earlier, and the render's time. */
export type KnownViewer = { timeZone: string; nowMs: number };

function formatMoment(moment: Date, format: "datetime" | "time", timeZone?: string): string {
  return format === "time" ? formatClockTime(moment, { timeZone }) : formatDateTime(moment, { timeZone });
}

function RelativeSuffix({ date, serverNowMs }: { date: Date; serverNowMs?: number }) {
  const now = useNow() ?? serverNowMs ?? null;
  return now === null ? null : <> ({formatRelative(date, now)})</>;
}

/**
 * A moment in the viewer's own locale and time zone, with the exact ISO time in `dateTime`.
 * Without `viewer` the server render shows UTC until the browser takes over. With it (a zone the
 * browser reported before), the server renders that zone and the relative time as the browser
 * will, so hydration repaints nothing and the line is not a late paint (it was the dashboard's LCP).
 */
export function LocalTime({ date, format = "datetime", relative = false, viewer }: { date: Date | string; format?: "datetime" | "time"; relative?: boolean; viewer?: KnownViewer }) {
  const hydrated = useHydrated();
  const moment = typeof date === "string" ? new Date(date) : date;
  const iso = moment.toISOString();
  if (!hydrated && !viewer) return <time dateTime={iso}>{formatUtc(moment)}</time>;
  return (
    // A browser in another locale or zone than the server guessed re-renders on hydration: expected.
    <time dateTime={iso} suppressHydrationWarning>
      {formatMoment(moment, format, hydrated ? undefined : viewer?.timeZone)}
      {relative ? <RelativeSuffix date={moment} serverNowMs={viewer?.nowMs} /> : null}
    </time>
  );
}
