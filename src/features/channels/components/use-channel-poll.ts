"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ChannelUpdate } from "../lib/types";

/**
 * Near-real-time by polling GET /api/channels/[id]/updates with a cursor, not by holding a
 * stream open: on Vercel a function has a maximum duration and is billed while open, so
 * server-sent events would hold one function per open tab, while a poll is one short indexed
 * query. Every ~3 s while the tab is visible; paused while hidden and run at once on return;
 * backing off (with jitter) after errors; stopped if the channel is no longer ours.
 */
export const POLL_INTERVAL_MS = 3_000;
const MAX_BACKOFF_MS = 60_000;

export type PollStatus = "live" | "retrying" | "stopped";

function isUpdate(value: unknown): value is ChannelUpdate {
  const update = value as Partial<ChannelUpdate> | null;
  return typeof update?.cursor === "string" && Array.isArray(update.messages) && typeof update.unread?.total === "number";
}

export function useChannelPoll(channelId: string, initialCursor: string, onUpdate: (update: ChannelUpdate) => void) {
  const [status, setStatus] = useState<PollStatus>("live");
  // The first cursor only: a later server render (opening a thread) must not skip what came between.
  const [startCursor] = useState(initialCursor);
  const onUpdateRef = useRef(onUpdate);
  const pollNowRef = useRef<() => void>(() => {});
  useEffect(() => {
    onUpdateRef.current = onUpdate;
  });

  useEffect(() => {
    let cursor = startCursor;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = POLL_INTERVAL_MS;
    let inFlight = false;
    let again = false;
    let stopped = false;
    const visible = () => document.visibilityState === "visible";

    const schedule = (ms: number) => {
      clearTimeout(timer);
      if (!stopped && visible()) timer = setTimeout(() => void poll(), ms);
    };

    async function poll(): Promise<void> {
      if (stopped) return;
      if (inFlight) {
        again = true;
        return;
      }
      inFlight = true;
      clearTimeout(timer);
      try {
        const response = await fetch(`/api/channels/${channelId}/updates?since=${encodeURIComponent(cursor)}`, { cache: "no-store", headers: { accept: "application/json" } });
        if ([401, 403, 404].includes(response.status)) {
          stopped = true;
          setStatus("stopped");
          return;
        }
        const body: unknown = await response.json();
        if (!response.ok || !isUpdate(body)) throw new Error(`updates answered ${response.status}`);
        cursor = body.cursor;
        delay = POLL_INTERVAL_MS;
        setStatus("live");
        onUpdateRef.current(body);
      } catch (error) {
        delay = Math.min(delay * 2, MAX_BACKOFF_MS);
        setStatus("retrying");
        console.warn("channel updates failed; retrying", error);
      } finally {
        inFlight = false;
        if (again) {
          again = false;
          void poll();
        } else {
          // Jitter while backing off, so tabs that failed together do not retry together.
          schedule(delay === POLL_INTERVAL_MS ? delay : delay * (0.8 + Math.random() * 0.4));
        }
      }
    }

    const onVisibility = () => (visible() ? void poll() : clearTimeout(timer));
    document.addEventListener("visibilitychange", onVisibility);
    pollNowRef.current = () => void poll();
    schedule(POLL_INTERVAL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [channelId, startCursor]);

  const pollNow = useCallback(() => pollNowRef.current(), []);
  return { status, pollNow };
}
