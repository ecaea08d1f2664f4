"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { rememberTimeZoneAction } from "../actions";

/** Tells the server the browser's time zone once, when none is stored, so "today" is the learner's day. */
export function TimeZoneSync({ stored }: { stored: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (stored) return;
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!timeZone || timeZone === "UTC") return;
    const data = new FormData();
    data.set("timeZone", timeZone);
    void rememberTimeZoneAction(null, data).then((result) => {
      if (result.ok) router.refresh();
    });
  }, [stored, router]);
  return null;
}
