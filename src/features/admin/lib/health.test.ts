import { describe, expect, it } from "vitest";
import { healthItems, migrationItem, overallHealth, readinessBodySchema, type ReadinessBody } from "./health";

const healthy: ReadinessBody = {
  status: "ok",
  version: "1.4.0",
  commit: "abc1234def5678900",
  checks: { database: { ok: true, driver: "pglite", latencyMs: 1.2 }, cache: { ok: true, latencyMs: 0.1, backend: "memory" } },
  config: { auth: "development", ai: "off" },
};

describe("the health panel", () => {
  it("reads the readiness probe's body and lists every check", () => {
    expect(readinessBodySchema.parse(JSON.parse(JSON.stringify(healthy)))).toEqual(healthy);
    expect(healthItems(healthy, { applied: 6, expected: 6 })).toEqual([
      { label: "Database", tone: "ok", value: "Reachable (pglite, 1.2 ms)" },
      { label: "Cache", tone: "ok", value: "Reachable (memory, 0.1 ms)" },
      { label: "AI", tone: "info", value: "Off: AI features say so and fall back" },
      { label: "Sign-in", tone: "info", value: "Development sign-in" },
      { label: "Version", tone: "info", value: "1.4.0 (commit abc1234def56)" },
      { label: "Migrations", tone: "ok", value: "6 of 6 applied" },
    ]);
    expect(overallHealth(healthy).tone).toBe("ok");
  });

  it("shows failures with their reasons", () => {
    const down: ReadinessBody = {
      ...healthy,
      status: "unavailable",
      checks: { database: { ok: false, driver: "pg", latencyMs: 3, error: "connect ECONNREFUSED" }, cache: { ok: false, latencyMs: null, error: "timeout" } },
      config: { auth: "clerk", ai: "configured" },
    };
    const items = healthItems(down, { applied: 6, expected: 6 });
    expect(items[0]).toEqual({ label: "Database", tone: "error", value: "Unreachable (pg)", detail: "connect ECONNREFUSED" });
    expect(items[1]).toMatchObject({ tone: "warning", detail: "timeout" });
    expect(items[2]).toEqual({ label: "AI", tone: "ok", value: "Configured" });
    expect(items[3]?.value).toBe("Clerk");
    expect(overallHealth(down)).toEqual({ tone: "error", text: "Not ready: the database is unreachable." });
  });

  it("flags pending or unknown migrations", () => {
    expect(migrationItem({ applied: 4, expected: 6 })).toMatchObject({ tone: "warning", value: "4 of 6 applied", detail: "2 pending: run the migrations." });
    expect(migrationItem({ applied: 7, expected: 6 })).toMatchObject({ tone: "warning", value: "7 applied" });
  });
});
