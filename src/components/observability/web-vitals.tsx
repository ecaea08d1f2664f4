"use client";

import { useEffect } from "react";
import type { Metric } from "web-vitals";

function send(metric: Metric): void {
  const body = JSON.stringify({ name: metric.name, value: metric.value, rating: metric.rating, id: metric.id, path: window.location.pathname, navigationType: metric.navigationType });
  if (!navigator.sendBeacon?.("/api/vitals", body)) void fetch("/api/vitals", { method: "POST", body, keepalive: true }).catch(() => undefined);
}

/**
 * Sends each Core Web Vital of this page view to the server log (POST /api/vitals) with a
 * beacon, which survives the page being closed. The measuring library is fetched after the page
 * has loaded, so it is not part of any page's first load: the browser buffers the paint, layout
 * shift and navigation entries it reads. Sentry's browser SDK measures them itself when configured.
 */
export function WebVitals() {
  useEffect(() => {
    let cancelled = false;
    const start = () => {
      import("web-vitals")
        .then(({ onCLS, onFCP, onINP, onLCP, onTTFB }) => {
          if (cancelled) return;
          for (const observe of [onCLS, onFCP, onINP, onLCP, onTTFB]) observe(send);
        })
        .catch((error: unknown) => console.warn("web vitals are not reported for this page: the measuring code did not load", error));
    };
    if (document.readyState === "complete") start();
    else window.addEventListener("load", start, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener("load", start);
    };
  }, []);
  return null;
}
