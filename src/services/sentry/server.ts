import { env } from "@/data/env/server";

// Sentry is imported only when a DSN is set: a top-level import costs ~40% of
// server throughput even when disabled.
let sentry: Promise<typeof import("@sentry/nextjs")> | undefined;

function loadSentry() {
  sentry ??= import("@sentry/nextjs");
  return sentry;
}

export function isSentryEnabled(): boolean {
  return Boolean(env.SENTRY_DSN);
}

export async function initServerSentry(): Promise<void> {
  if (!env.SENTRY_DSN) return;
  const Sentry = await loadSentry();
  Sentry.init({
    dsn: env.SENTRY_DSN,
    environment: env.VERCEL_ENV ?? env.NODE_ENV,
    release: env.VERCEL_GIT_COMMIT_SHA ?? env.APP_COMMIT_SHA,
    tracesSampleRate: env.VERCEL_ENV === "production" ? 0.1 : 1,
  });
}

export type CaptureRequestErrorArgs = Parameters<typeof import("@sentry/nextjs").captureRequestError>;

export async function captureRequestError(...args: CaptureRequestErrorArgs): Promise<void> {
  if (!env.SENTRY_DSN) return;
  const Sentry = await loadSentry();
  Sentry.captureRequestError(...args);
}

export async function captureException(error: unknown, context?: Record<string, unknown>): Promise<void> {
  if (!env.SENTRY_DSN) return;
  const Sentry = await loadSentry();
  Sentry.captureException(error, context ? { extra: context } : undefined);
}
