import { defineConfig, devices } from "@playwright/test";
import { loadClerkTestKeys } from "./tests/support/clerk-test-keys";

// e2e runs against one production build (`next build` first), served twice by `next start`
// on fresh embedded databases: once with the development sign-in (the browser tests) and
// once with Clerk keys and a locally generated RS256 key (the Clerk API tests).
const runDir = process.env.E2E_RUN_DIR ?? `.data/e2e-${new Date().toISOString().slice(0, 13)}`;
const devPort = Number(process.env.E2E_PORT ?? 3100);
const clerkPort = devPort + 1;
const downPort = devPort + 2;
const aiPort = devPort + 3;
export const OPENAI_STUB_PORT = Number(process.env.E2E_OPENAI_STUB_PORT ?? devPort + 90);
export const DOWN_SERVER_AUTH_SECRET = "e2e-database-down-secret-0123456789abcdef";
export const E2E_CRON_SECRET = "e2e-cron-secret-0123456789abcdef";
const clerk = loadClerkTestKeys(runDir);
process.env.E2E_RUN_DIR = runDir;

const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const commonEnv = { ARCJET_ENV: "development", LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1" };

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: { trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    {
      name: "chromium",
      testIgnore: [/(clerk-api|database-down)\.spec\.ts/, /e2e\/ai\//],
      use: {
        ...devices["Desktop Chrome"],
        baseURL: `http://127.0.0.1:${devPort}`,
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
      },
    },
    {
      name: "clerk-api",
      testMatch: /clerk-api\.spec\.ts/,
      use: { baseURL: `http://localhost:${clerkPort}`, userAgent: devices["Desktop Chrome"].userAgent },
    },
    {
      // The AI features against the OpenAI-compatible stub provider (tests/support/openai-stub).
      name: "ai",
      testMatch: /e2e\/ai\/.*\.spec\.ts/,
      use: {
        ...devices["Desktop Chrome"],
        baseURL: `http://127.0.0.1:${aiPort}`,
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
      },
    },
    {
      name: "database-down",
      testMatch: /database-down\.spec\.ts/,
      use: {
        ...devices["Desktop Chrome"],
        baseURL: `http://127.0.0.1:${downPort}`,
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
      },
    },
  ],
  webServer: [
    {
      command: `npx tsx tests/support/openai-stub/cli.ts --port ${OPENAI_STUB_PORT}`,
      url: `http://127.0.0.1:${OPENAI_STUB_PORT}/__stub/health`,
      timeout: 30_000,
      stdout: "pipe",
    },
    {
      // AI on: every model call goes to the stub provider through the real openai client.
      command: `npx next start --hostname 127.0.0.1 --port ${aiPort}`,
      url: `http://127.0.0.1:${aiPort}/api/health/live`,
      timeout: 120_000,
      stdout: "pipe",
      env: {
        ...commonEnv,
        PGLITE_DATA_DIR: `${runDir}/ai/pglite`,
        CRON_SECRET: E2E_CRON_SECRET,
        OPENAI_API_KEY: "sk-e2e-stub-provider",
        OPENAI_BASE_URL: `http://127.0.0.1:${OPENAI_STUB_PORT}/v1`,
        OPENAI_EMBEDDING_MODEL: "text-embedding-3-small",
        OPENAI_MAX_RETRIES: "0",
        OPENAI_TIMEOUT_MS: "5000",
      },
    },
    {
      command: `npx next start --hostname 127.0.0.1 --port ${devPort}`,
      url: `http://127.0.0.1:${devPort}/api/health/live`,
      timeout: 120_000,
      stdout: "pipe",
      env: { ...commonEnv, PGLITE_DATA_DIR: `${runDir}/dev/pglite`, CRON_SECRET: E2E_CRON_SECRET, TEST_CLOCK_ENABLED: "true" },
    },
    {
      // Clerk's middleware forwards auth state with a rewrite to request.url, which Next
      // builds with host "localhost": bind that name (still loopback) so the rewrite connects.
      command: `npx next start --hostname localhost --port ${clerkPort}`,
      url: `http://localhost:${clerkPort}/api/health/live`,
      timeout: 120_000,
      stdout: "pipe",
      env: {
        ...commonEnv,
        PGLITE_DATA_DIR: `${runDir}/clerk/pglite`,
        CLERK_SECRET_KEY: clerk.secretKey,
        NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: clerk.publishableKey,
        CLERK_JWT_KEY: clerk.publicKeyPem,
        CLERK_WEBHOOK_SIGNING_SECRET: clerk.webhookSecret,
      },
    },
    {
      // PostgreSQL "configured" on a port where nothing listens: the database is down.
      command: `npx next start --hostname 127.0.0.1 --port ${downPort}`,
      url: `http://127.0.0.1:${downPort}/api/health/live`,
      timeout: 120_000,
      stdout: "pipe",
      env: {
        ...commonEnv,
        LOG_LEVEL: "fatal",
        DATABASE_URL: "postgres://postgres@127.0.0.1:1/learnforge",
        DEV_AUTH_SECRET: DOWN_SERVER_AUTH_SECRET,
      },
    },
  ],
});
