// Public values for code that runs in the browser. They are inlined at build time and
// validated by server.ts when the server starts (it checks the client schema too), so the
// browser bundle carries no validator: zod and the env library cost ~30 KB gzip per page.
export const publicEnv = {
  NEXT_PUBLIC_SENTRY_DSN: process.env.NEXT_PUBLIC_SENTRY_DSN || undefined,
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY || undefined,
  NEXT_PUBLIC_APP_URL: process.env.NEXT_PUBLIC_APP_URL || undefined,
  /** The deployed commit, set by next.config.ts at build (Sentry's release). */
  NEXT_PUBLIC_APP_RELEASE: process.env.NEXT_PUBLIC_APP_RELEASE || undefined,
} as const;
