import { describe, expect, it } from "vitest";
import { createServerEnv, EnvError } from "./server";
import { findEnvCombinationProblems } from "./checks";

describe("createServerEnv", () => {
  it("accepts an empty environment: every service key is optional", () => {
    const env = createServerEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe(".data/pglite");
    expect(env.LOG_LEVEL).toBe("info");
  });

  it("names a malformed variable and says what is wrong with it", () => {
    expect(() => createServerEnv({ CLERK_SECRET_KEY: "not-a-key", NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "pk_test_x" })).toThrow(
      /CLERK_SECRET_KEY: must start with sk_/,
    );
  });

  it("names every malformed variable at once", () => {
    try {
      createServerEnv({ DATABASE_URL: "mysql://x", ARCJET_KEY: "nope" });
      expect.unreachable("createServerEnv should have thrown");
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect((error as Error).message).toContain("DATABASE_URL: must be a postgres:// or postgresql:// URL");
      expect((error as Error).message).toContain("ARCJET_KEY: must start with ajkey_");
    }
  });

  it("treats empty strings as unset", () => {
    expect(createServerEnv({ DATABASE_URL: "", SENTRY_DSN: "" }).DATABASE_URL).toBeUndefined();
  });

  it("refuses to start on Vercel production with the development sign-in", () => {
    expect(() => createServerEnv({ VERCEL_ENV: "production", DATABASE_URL: "postgres://u@h/db" })).toThrow(
      /development sign-in is refused in production/,
    );
  });

  it("starts on Vercel production with Clerk and a database", () => {
    const env = createServerEnv({
      VERCEL_ENV: "production",
      DATABASE_URL: "postgres://u@h/db",
      CLERK_SECRET_KEY: "sk_live_abc",
      NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "pk_live_abc",
    });
    expect(env.VERCEL_ENV).toBe("production");
  });

  it("skips validation only when asked to", () => {
    expect(() => createServerEnv({ SKIP_ENV_VALIDATION: "1", ARCJET_KEY: "nope" })).not.toThrow();
  });
});

describe("findEnvCombinationProblems", () => {
  it("names the missing half of a Clerk key pair", () => {
    expect(findEnvCombinationProblems({ CLERK_SECRET_KEY: "sk_test_1" })).toEqual([
      expect.stringMatching(/^NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY is missing/),
    ]);
    expect(findEnvCombinationProblems({ NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "pk_test_1" })).toEqual([
      expect.stringMatching(/^CLERK_SECRET_KEY is missing/),
    ]);
  });

  it("names the missing half of the Upstash pair", () => {
    expect(findEnvCombinationProblems({ UPSTASH_REDIS_REST_URL: "https://x" })).toEqual([
      expect.stringMatching(/^UPSTASH_REDIS_REST_TOKEN is missing/),
    ]);
  });

  it("needs DEV_AUTH_SECRET on a Vercel preview without Clerk", () => {
    expect(findEnvCombinationProblems({ VERCEL_ENV: "preview" })).toEqual([expect.stringMatching(/^DEV_AUTH_SECRET is required on Vercel/)]);
    expect(findEnvCombinationProblems({ VERCEL_ENV: "preview", DEV_AUTH_SECRET: "x".repeat(32) })).toEqual([]);
    expect(
      findEnvCombinationProblems({ VERCEL_ENV: "preview", CLERK_SECRET_KEY: "sk_test_1", NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "pk_test_1" }),
    ).toEqual([]);
  });

  it("needs a URL for a server driver", () => {
    expect(findEnvCombinationProblems({ DATABASE_DRIVER: "neon" })).toEqual([expect.stringMatching(/^DATABASE_URL is missing/)]);
    expect(findEnvCombinationProblems({ DATABASE_DRIVER: "pglite" })).toEqual([]);
  });
});
