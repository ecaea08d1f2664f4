"use client";

import { useReportWebVitals } from "next/web-vitals";

/**
 * Sends each Core Web Vital of this page view to the server log (POST /api/vitals) with a
 * beacon, which survives the page being closed. Sentry's browser SDK measures them itself when
 * it is configured.
 */
export function WebVitals() {
  useReportWebVitals((metric) => {
    const body = JSON.stringify({ name: metric.name, value: metric.value, rating: metric.rating, id: metric.id, path: window.location.pathname, navigationType: metric.navigationType });
    if (!navigator.sendBeacon?.("/api/vitals", body)) void fetch("/api/vitals", { method: "POST", body, keepalive: true }).catch(() => undefined);
  });
  return null;
}
