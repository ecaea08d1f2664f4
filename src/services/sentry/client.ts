import { publicEnv } from "@/data/env/public";

// The browser SDK (~50 KB gzip) is fetched only when a public DSN is configured.
export function initBrowserSentry(): void {
  const dsn = publicEnv.NEXT_PUBLIC_SENTRY_DSN;
  if (!dsn) return;
  void import("@sentry/nextjs").then((Sentry) => {
    // The release is the deployed commit (next.config.ts), so events match the server's.
    Sentry.init({ dsn, tracesSampleRate: 0.1, release: publicEnv.NEXT_PUBLIC_APP_RELEASE });
  });
}

export function reportBrowserError(error: unknown): void {
  if (!publicEnv.NEXT_PUBLIC_SENTRY_DSN) return;
  void import("@sentry/nextjs").then((Sentry) => Sentry.captureException(error));
}
