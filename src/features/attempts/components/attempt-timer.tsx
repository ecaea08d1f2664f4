"use client";

import { useEffect, useEffectEvent, useState } from "react";
import { cn } from "@/lib/cn";
import { useNow } from "./clock";
import { LocalTime } from "./local-time";
import { clockOffsetMs, describeCountdown, formatCountdown, remainingMs, timerAnnouncement } from "./time-format";

const DAY_MS = 86_400_000;

/**
 * The time left, on the server's clock (the page's serverNow fixes the offset of this
 * browser's clock). Informational only: the server enforces the deadline. Announces
 * "5 minutes left", "1 minute left" and "Time is up" politely, and calls onExpire at zero.
 * Remount it (key) when a fresh serverNow arrives.
 */
export function AttemptTimer({ deadlineAt, serverNow, onExpire }: { deadlineAt: Date; serverNow: Date; onExpire: () => void }) {
  const [offset] = useState(() => clockOffsetMs(serverNow, Date.now()));
  const now = useNow();
  const left = now === null ? Math.max(0, deadlineAt.getTime() - serverNow.getTime()) : remainingMs(deadlineAt, now, offset);
  const expired = now !== null && left <= 0;
  const expire = useEffectEvent(onExpire);
  useEffect(() => {
    if (expired) expire();
  }, [expired]);

  if (left > DAY_MS) {
    return (
      <p className="text-sm">
        Ends <LocalTime date={deadlineAt} relative />
      </p>
    );
  }
  const low = left <= 5 * 60_000;
  return (
    <div className="flex flex-col gap-1">
      <p className={cn("flex items-baseline gap-2", low && "text-danger")}>
        <span className="text-sm font-medium">Time left</span>
        <span role="timer" aria-label={describeCountdown(left)} className="font-mono text-2xl font-semibold tabular-nums">
          {formatCountdown(left)}
        </span>
      </p>
      {low && !expired ? (
        <p className="text-xs font-medium text-danger">
          <span aria-hidden="true">⚠ </span>Less than {left <= 60_000 ? "a minute" : "5 minutes"} left
        </p>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {now === null ? "" : timerAnnouncement(left)}
      </p>
    </div>
  );
}
