import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// `next build`, `next dev` and `next start` all load next.config.ts first, which validates the env.
function loadNextConfig(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "-e", "await import('./next.config.ts')"], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("start-up with a bad environment", () => {
  it("stops with one message naming the malformed variable", () => {
    const { status, output } = loadNextConfig({ ARCJET_KEY: "not-a-key", DATABASE_URL: "mysql://db/app" });
    expect(status).not.toBe(0);
    expect(output).toContain("Invalid environment configuration:");
    expect(output).toContain("ARCJET_KEY: must start with ajkey_");
    expect(output).toContain("DATABASE_URL: must be a postgres:// or postgresql:// URL");
  });

  it("refuses Vercel production without Clerk", () => {
    const { status, output } = loadNextConfig({ VERCEL_ENV: "production", DATABASE_URL: "postgres://u@db.example/app" });
    expect(status).not.toBe(0);
    expect(output).toMatch(/development sign-in is refused in production/);
  });

  it("starts with no variables at all", () => {
    const { status, output } = loadNextConfig({});
    expect(output).not.toContain("Invalid environment");
    expect(status).toBe(0);
  });
});
