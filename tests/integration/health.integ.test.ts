import { afterAll, describe, expect, inject, it } from "vitest";
import { closeAppDatabase, useAppDatabase } from "../support/app-env";

type HealthBody = {
  status: string;
  commit: string;
  version: string;
  checks: { database: { ok: boolean; driver: string; latencyMs: number; error?: string }; cache: { ok: boolean } };
  config: { auth: string; ai: string };
};

async function callHealth() {
  const { GET } = await import("@/app/api/health/route");
  const response = await GET();
  return { status: response.status, body: (await response.json()) as HealthBody };
}

describe("GET /api/health", () => {
  afterAll(closeAppDatabase);

  it("is ready with a database round trip, the cache, the commit and the configuration", async () => {
    process.env.APP_COMMIT_SHA = "abc1234";
    await useAppDatabase("pg", { databaseUrl: inject("databaseUrl") });
    const { status, body } = await callHealth();
    expect(status).toBe(200);
    expect(body.status).toBe("ok");
    expect(body.commit).toBe("abc1234");
    expect(body.checks.database).toMatchObject({ ok: true, driver: "pg" });
    expect(body.checks.cache.ok).toBe(true);
    expect(body.config).toEqual({ auth: "development", ai: "off" });
    delete process.env.APP_COMMIT_SHA;
  });

  it("answers 503 with a clear body when the database is down", async () => {
    // Nothing listens on port 1: the connection is refused at once.
    await useAppDatabase("pg", { databaseUrl: "postgres://postgres@127.0.0.1:1/none" });
    const { status, body } = await callHealth();
    expect(status).toBe(503);
    expect(body.status).toBe("unavailable");
    expect(body.checks.database.ok).toBe(false);
    expect(body.checks.database.error).toMatch(/ECONNREFUSED|connect/i);
  });

  it("answers liveness without touching the database", async () => {
    await useAppDatabase("pg", { databaseUrl: "postgres://postgres@127.0.0.1:1/none" });
    const { GET } = await import("@/app/api/health/live/route");
    const response = GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });
});
