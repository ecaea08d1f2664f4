import { z } from "zod";

// One definition of every variable; server.ts and client.ts build their env objects from it.
const optionalUrl = z.url().optional();
const optionalFlag = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((value) => (value === undefined ? undefined : value === "true" || value === "1"));

export const DATABASE_DRIVERS = ["pglite", "pg", "neon"] as const;
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export const clientSchema = {
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: z
    .string()
    .startsWith("pk_", "must start with pk_ (a Clerk publishable key)")
    .optional(),
  NEXT_PUBLIC_SENTRY_DSN: optionalUrl,
  NEXT_PUBLIC_APP_URL: optionalUrl,
  // Set by next.config.ts at build from VERCEL_GIT_COMMIT_SHA / APP_COMMIT_SHA (the release Sentry tags).
  NEXT_PUBLIC_APP_RELEASE: z.string().optional(),
};

export const serverSchema = {
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // Database: no DATABASE_URL → embedded PGlite in PGLITE_DATA_DIR.
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL")
    .optional(),
  DATABASE_DRIVER: z.enum(DATABASE_DRIVERS).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
  NEON_LOCAL_WS_PROXY: z
    .string()
    .regex(/^[\w.-]+:\d+$/, "must be host:port of a local WebSocket proxy")
    .optional(),
  SEED_DEMO_CONTENT: optionalFlag,
  // Auth: Clerk when both keys are set, otherwise the development sign-in.
  CLERK_SECRET_KEY: z.string().startsWith("sk_", "must start with sk_ (a Clerk secret key)").optional(),
  CLERK_JWT_KEY: z
    .string()
    .includes("BEGIN PUBLIC KEY", { message: "must be a PEM public key (-----BEGIN PUBLIC KEY-----)" })
    .optional(),
  CLERK_WEBHOOK_SIGNING_SECRET: z
    .string()
    .startsWith("whsec_", "must start with whsec_ (a Clerk webhook signing secret)")
    .optional(),
  DEV_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  // Scheduled jobs: Vercel Cron sends "Authorization: Bearer <CRON_SECRET>".
  CRON_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  // End-to-end tests only: lets a request move the app's clock with the lf-test-clock cookie.
  TEST_CLOCK_ENABLED: optionalFlag,
  // Guards, cache and rate limits.
  ARCJET_KEY: z.string().startsWith("ajkey_", "must start with ajkey_").optional(),
  ARCJET_ENV: z.enum(["development", "production"]).optional(),
  UPSTASH_REDIS_REST_URL: optionalUrl,
  UPSTASH_REDIS_REST_TOKEN: z.string().min(1).optional(),
  // Observability.
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  SENTRY_DSN: optionalUrl,
  SENTRY_AUTH_TOKEN: z.string().optional(),
  SENTRY_ORG: z.string().optional(),
  SENTRY_PROJECT: z.string().optional(),
  // AI (any OpenAI-compatible endpoint).
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.string().min(1).default("gpt-4.1-mini"),
  OPENAI_VISION_MODEL: z.string().min(1).optional(),
  OPENAI_TRANSCRIPTION_MODEL: z.string().min(1).default("gpt-4o-mini-transcribe"),
  OPENAI_EMBEDDING_MODEL: z.string().min(1).optional(),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(300_000).default(30_000),
  OPENAI_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  OPENAI_PRICE_INPUT_PER_MTOK: z.coerce.number().min(0).default(0.4),
  OPENAI_PRICE_OUTPUT_PER_MTOK: z.coerce.number().min(0).default(1.6),
  AI_DAILY_TOKEN_BUDGET: z.coerce.number().int().min(0).default(100_000),
  AI_TEACHER_DAILY_TOKEN_BUDGET: z.coerce.number().int().min(0).default(500_000),
  // Build: a self-contained server in .next/standalone (the Dockerfile sets it).
  BUILD_STANDALONE: optionalFlag,
  // Deployment metadata (set by Vercel).
  VERCEL_ENV: z.enum(["production", "preview", "development"]).optional(),
  VERCEL_GIT_COMMIT_SHA: z.string().optional(),
  APP_COMMIT_SHA: z.string().optional(),
};
