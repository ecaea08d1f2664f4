"use client";

import { useHydrated, useNow } from "./clock";
import { formatClockTime, formatDateTime, formatRelative, formatUtc } from "./time-format";

function RelativeSuffix({ date }: { date: Date }) {
  const now = useNow();
  return now === null ? null : <> ({formatRelative(date, now)})</>;
}

/**
 * A moment in the viewer's own locale and time zone, with the exact ISO time in `dateTime`.
 * The server render (which cannot know the zone) shows UTC until the browser takes over.
 */
export function LocalTime({ date, format = "datetime", relative = false }: { date: Date | string; format?: "datetime" | "time"; relative?: boolean }) {
  const hydrated = useHydrated();
  const moment = typeof date === "string" ? new Date(date) : date;
  const iso = moment.toISOString();
  if (!hydrated) return <time dateTime={iso}>{formatUtc(moment)}</time>;
  return (
    <time dateTime={iso}>
      {format === "time" ? formatClockTime(moment) : formatDateTime(moment)}
      {relative ? <RelativeSuffix date={moment} /> : null}
    </time>
  );
}
