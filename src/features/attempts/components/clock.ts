"use client";

import { useSyncExternalStore } from "react";

/**
 * One shared ticking clock for the browser (an external store, so components read the time
 * without calling Date.now() while rendering). On the server and during hydration it is null.
 */
const TICK_MS = 500;
const listeners = new Set<() => void>();
let current = 0;
let ticker: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!ticker) {
    current = Date.now();
    ticker = setInterval(() => {
      current = Date.now();
      for (const notify of listeners) notify();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && ticker) {
      clearInterval(ticker);
      ticker = null;
    }
  };
}

function snapshot(): number {
  if (current === 0) current = Date.now();
  return current;
}

const onServer = () => null;

/** The browser's current time in ms (ticking twice a second), or null before hydration. */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, snapshot, onServer);
}

const noSubscription = () => () => {};
const yes = () => true;
const no = () => false;

/** False on the server and while hydrating; true once the browser (its locale and zone) is in charge. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, yes, no);
}
