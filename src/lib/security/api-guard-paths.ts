// Which API requests the proxy runs through Arcjet, and with which rules.
//
// One `protect()` costs 8–13 ms of CPU here (@arcjet/analyze instantiates its WASM component on
// every call), more than the cheap endpoints below cost in all. Those are high-frequency reads
// answered from the caller's session, each behind its own per-user rate limit, so the guard adds
// nothing there but latency. Every other API route keeps it.

export type ApiGuardMode = "full" | "machine" | "none";

// Machine traffic: probes, webhooks, cron and the browser's web-vitals beacons (which carry few of a page request's headers).
const MACHINE_PATHS = /^\/api\/(health|webhooks|cron|vitals)(\/|$)/;

// Polled by every open tab (the header every 15 s, an open channel every 3 s) and the bench's constant ceiling.
const UNGUARDED_PATHS = /^\/api\/(ping|me\/unread|channels\/[^/]+\/updates)\/?$/;

/** "full": shield and bot detection; "machine": shield only; "none": not guarded (see above). */
export function apiGuardMode(pathname: string): ApiGuardMode {
  if (UNGUARDED_PATHS.test(pathname)) return "none";
  return MACHINE_PATHS.test(pathname) ? "machine" : "full";
}
