"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { nextPollDelay, readUnreadCounts, type UnreadCounts } from "@/features/notifications/lib/unread";
import { UNREAD_CHANGED_EVENT } from "@/features/notifications/lib/unread-events";

const NONE: UnreadCounts = { notifications: 0, channelMessages: 0 };
const LiveUnreadContext = createContext<UnreadCounts>(NONE);

/** The header's unread counts, kept live by LiveUnreadProvider. */
export function useLiveUnread(): UnreadCounts {
  return useContext(LiveUnreadContext);
}

const sameCounts = (a: UnreadCounts, b: UnreadCounts) => a.notifications === b.notifications && a.channelMessages === b.channelMessages;

/**
 * Starts from the counts the server rendered, then polls GET /api/me/unread while the tab is
 * visible: paused when it is hidden, asked at once when it returns or when another component
 * announces a change (UNREAD_CHANGED_EVENT), and backing off after failures. A 401 (signed out
 * in another tab) stops polling until the next page load.
 */
export function LiveUnreadProvider({ initial, children }: { initial: UnreadCounts; children: ReactNode }) {
  const [counts, setCounts] = useState(initial);
  const [rendered, setRendered] = useState(initial);
  // A server render with new counts (after an action, a navigation) wins over the last poll.
  if (!sameCounts(initial, rendered)) {
    setRendered(initial);
    setCounts(initial);
  }

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight: AbortController | null = null;
    let failures = 0;
    let stopped = false;
    const visible = () => document.visibilityState === "visible";

    const schedule = (ms: number) => {
      clearTimeout(timer);
      if (!stopped && visible()) timer = setTimeout(poll, ms);
    };

    async function poll() {
      clearTimeout(timer);
      if (stopped || !visible()) return;
      inFlight?.abort();
      const controller = new AbortController();
      inFlight = controller;
      try {
        const response = await fetch("/api/me/unread", { cache: "no-store", signal: controller.signal, headers: { accept: "application/json" } });
        if (response.status === 401) {
          stopped = true;
          return;
        }
        const next = response.ok ? readUnreadCounts(await response.json()) : null;
        if (!next) throw new Error(`GET /api/me/unread answered ${response.status}`);
        failures = 0;
        setCounts((current) => (sameCounts(current, next) ? current : next));
      } catch (error) {
        // Superseded by a newer poll, or the tab went hidden: that poll (or the return) reschedules.
        if (controller.signal.aborted) return;
        // Offline, a deploy, a rate limit: the server logs its own errors; here the badge keeps
        // its last counts and the next poll waits longer.
        failures += 1;
        if (failures === 3) console.warn("Unread counts are not updating; retrying less often.", error);
      } finally {
        if (inFlight === controller) inFlight = null;
      }
      schedule(nextPollDelay(failures));
    }

    const onVisibilityChange = () => {
      if (visible()) {
        void poll();
      } else {
        clearTimeout(timer);
        inFlight?.abort();
      }
    };
    const onUnreadChanged = () => void poll();

    document.addEventListener("visibilitychange", onVisibilityChange);
    window.addEventListener(UNREAD_CHANGED_EVENT, onUnreadChanged);
    schedule(nextPollDelay(0));
    return () => {
      stopped = true;
      clearTimeout(timer);
      inFlight?.abort();
      document.removeEventListener("visibilitychange", onVisibilityChange);
      window.removeEventListener(UNREAD_CHANGED_EVENT, onUnreadChanged);
    };
  }, []);

  return <LiveUnreadContext.Provider value={counts}>{children}</LiveUnreadContext.Provider>;
}
