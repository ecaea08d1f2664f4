import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startServer } from "../../bench/app/server";
import { createDatabase, findFreePort, startPostgres, startRedis, startUpstashFront } from "../support/services";
import { buildWithoutProxy } from "./support/no-proxy-build";
import { seedWorld } from "./support/seed-world";
import { startOpenAiStub } from "../support/openai-stub";
import { printSecurityReport } from "./support/report";

// The security suite attacks the production build (`next build` first: `npm run test:security`
// builds when .next is missing) served by `next start` on loopback, against a real PostgreSQL,
// redis-server behind the Upstash-compatible front, and the OpenAI-compatible stub. The world
// (two tenants with canary strings) is seeded through the app's own data access layer.

declare module "vitest" {
  export interface ProvidedContext {
    securityBaseUrl: string;
    securityWorldFile: string;
    securityAuthSecret: string;
    securityCronSecret: string;
    securityDatabaseUrl: string;
    securityStubUrl: string;
    securityReportDir: string;
    /** The same world seeded again, served by a build whose proxy matches no path. */
    securityNoProxyBaseUrl: string;
    securityNoProxyWorldFile: string;
    securityNoProxyDatabaseUrl: string;
    securityNoProxyBuildDir: string;
    /** The main server's log (JSON lines): the fuzzer looks for unhandled rejections in it. */
    securityServerLog: string;
  }
}

const root = path.resolve(import.meta.dirname, "../..");
export const SECURITY_REPORT_DIR = path.join(root, "reports/security");

/** The server's environment: only what the suite sets (no .env file can switch Clerk, Sentry or Arcjet's cloud on). */
/** Only the basics of this shell: blank counts as unset, and Next.js never lets a .env file override a set variable. */
function cleanEnv(): Record<string, string | undefined> {
  const blank = ["CLERK_SECRET_KEY", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", "CLERK_JWT_KEY", "SENTRY_DSN", "NEXT_PUBLIC_SENTRY_DSN", "ARCJET_KEY", "TEST_CLOCK_ENABLED", "VERCEL_ENV", "OPENAI_API_KEY", "OPENAI_BASE_URL"];
  return { PATH: process.env.PATH, HOME: process.env.HOME, LANG: process.env.LANG ?? "C.UTF-8", NEXT_TELEMETRY_DISABLED: "1", ...Object.fromEntries(blank.map((key) => [key, ""])) };
}

export function securityServerEnv(input: { databaseUrl: string; upstashUrl: string; upstashToken: string; stubUrl: string; authSecret: string; cronSecret: string }): NodeJS.ProcessEnv {
  return {
    NODE_ENV: "production",
    ...cleanEnv(),
    DATABASE_URL: input.databaseUrl,
    DATABASE_DRIVER: "pg",
    UPSTASH_REDIS_REST_URL: input.upstashUrl,
    UPSTASH_REDIS_REST_TOKEN: input.upstashToken,
    DEV_AUTH_SECRET: input.authSecret,
    CRON_SECRET: input.cronSecret,
    OPENAI_API_KEY: "sk-security-stub-provider",
    OPENAI_BASE_URL: input.stubUrl,
    OPENAI_EMBEDDING_MODEL: "text-embedding-3-small",
    OPENAI_MAX_RETRIES: "0",
    OPENAI_TIMEOUT_MS: "5000",
    LOG_LEVEL: "warn",
    // On loopback there is no real client address for Arcjet's local rules (as in e2e).
    ARCJET_ENV: "development",
  };
}

export default async function setup(project: TestProject) {
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) throw new Error("The security suite needs a production build: run `npx next build` (npm run test:security does).");
  const started = performance.now();
  rmSync(SECURITY_REPORT_DIR, { recursive: true, force: true });
  mkdirSync(SECURITY_REPORT_DIR, { recursive: true });
  const work = mkdtempSync(path.join(os.tmpdir(), "learnforge-security-"));
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => console.error("[security] cleanup failed:", error));
  };
  try {
    const upstashToken = randomBytes(24).toString("hex");
    const [postgres, redis, stub] = await Promise.all([startPostgres(), startRedis(), startOpenAiStub()]);
    stops.push(() => postgres.stop(), () => redis.stop(), () => stub.stop());
    const front = await startUpstashFront({ redisPort: redis.port, token: upstashToken });
    stops.push(() => front.stop());

    const authSecret = randomBytes(32).toString("base64url");
    const cronSecret = randomBytes(24).toString("hex");
    const serve = async (name: string, appRoot: string, databaseUrl: string) => {
      const worldFile = path.join(work, `${name}-world.json`);
      await seedWorld(worldFile, { ...process.env, DATABASE_URL: databaseUrl, DATABASE_DRIVER: "pg", LOG_LEVEL: "warn" });
      const env = securityServerEnv({ databaseUrl, upstashUrl: front.url, upstashToken, stubUrl: stub.url, authSecret, cronSecret });
      const server = await startServer({ root: appRoot, port: await findFreePort(), env, logFile: path.join(work, `${name}-server.log`) });
      stops.push(() => server.stop());
      return { server, worldFile, databaseUrl };
    };
    const main = await serve("main", root, postgres.url);
    console.log(`[security] ${main.server.url} ready in ${Math.round(performance.now() - started)} ms (work dir ${work})`);
    const noProxyRoot = await buildWithoutProxy(root, { NODE_ENV: "production", ...cleanEnv() });
    stops.push(async () => rmSync(noProxyRoot, { recursive: true, force: true }));
    const noProxy = await serve("no-proxy", noProxyRoot, await createDatabase(postgres.url, "learnforge_noproxy"));
    console.log(`[security] ${noProxy.server.url} (proxy matching nothing) ready after ${Math.round(performance.now() - started)} ms`);

    project.provide("securityBaseUrl", main.server.url);
    project.provide("securityWorldFile", main.worldFile);
    project.provide("securityNoProxyBaseUrl", noProxy.server.url);
    project.provide("securityNoProxyWorldFile", noProxy.worldFile);
    project.provide("securityNoProxyDatabaseUrl", noProxy.databaseUrl);
    project.provide("securityNoProxyBuildDir", noProxyRoot);
    project.provide("securityServerLog", main.server.logFile);
    project.provide("securityAuthSecret", authSecret);
    project.provide("securityCronSecret", cronSecret);
    project.provide("securityDatabaseUrl", postgres.url);
    project.provide("securityStubUrl", stub.url);
    project.provide("securityReportDir", SECURITY_REPORT_DIR);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return async () => {
    await stopAll();
    printSecurityReport(SECURITY_REPORT_DIR);
    if (!process.env.SECURITY_KEEP_WORK) rmSync(work, { recursive: true, force: true });
    else console.log(`[security] kept ${work} (worlds and server logs)`);
  };
}
