"use client";

import { useHydrated } from "./use-hydrated";

const FORMATS = {
  datetime: { dateStyle: "medium", timeStyle: "short" },
  date: { dateStyle: "medium" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A moment in the viewer's locale and time zone. The server cannot know the zone, so it
 * renders UTC (labelled) and the browser swaps in local time once hydrated.
 */
export function LocalTime({ iso, format = "datetime" }: { iso: string; format?: keyof typeof FORMATS }) {
  const hydrated = useHydrated();
  const date = new Date(iso);
  const text = hydrated
    ? new Intl.DateTimeFormat(undefined, FORMATS[format]).format(date)
    : `${iso.slice(0, format === "date" ? 10 : 16).replace("T", " ")}${format === "date" ? "" : " UTC"}`;
  return <time dateTime={iso}>{text}</time>;
}
