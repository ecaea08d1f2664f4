import { describe, expect, it } from "vitest";
import { requirePostgresUrl } from "./target";

const NOW = new Date("2026-01-02T03:04:05Z");

describe("requirePostgresUrl", () => {
  it("returns the URL of a PostgreSQL database", () => {
    const url = "postgres://app@db.example/app";
    expect(requirePostgresUrl({ url, pgliteDataDir: ".data/pglite" }, "backup", NOW)).toBe(url);
  });
  it("explains how to back up embedded PGlite, naming its data directory", () => {
    expect(() => requirePostgresUrl({ pgliteDataDir: "/srv/lf/pglite" }, "backup", NOW)).toThrow(
      "DATABASE_URL is not set, so LearnForge uses embedded PGlite in /srv/lf/pglite, which pg_dump cannot reach: back it up by stopping the app " +
        "and copying its data directory, e.g. cp -a /srv/lf/pglite backups/pglite-20260102T030405Z, then start the app again.",
    );
  });
  it("explains how to restore PGlite, also when DATABASE_DRIVER forces it", () => {
    expect(() => requirePostgresUrl({ url: "postgres://app@db/app", driver: "pglite", pgliteDataDir: ".data/pglite" }, "restore", NOW)).toThrow(
      /^DATABASE_DRIVER=pglite, so LearnForge uses embedded PGlite in \.data\/pglite.*copying a saved data directory back to \.data\/pglite/,
    );
  });
});
