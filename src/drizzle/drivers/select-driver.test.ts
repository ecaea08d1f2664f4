import { describe, expect, it } from "vitest";
import { redactDatabaseUrl, selectDatabaseDriver } from "./select-driver";

describe("selectDatabaseDriver", () => {
  it("uses embedded PGlite when there is no URL", () => {
    expect(selectDatabaseDriver({})).toBe("pglite");
  });
  it("uses node-postgres for a plain postgres URL", () => {
    expect(selectDatabaseDriver({ url: "postgres://postgres@127.0.0.1:5432/app" })).toBe("pg");
  });
  it("uses the Neon driver for a Neon host", () => {
    expect(selectDatabaseDriver({ url: "postgresql://u:p@ep-cool-1234-pooler.eu-central-1.aws.neon.tech/db?sslmode=require" })).toBe(
      "neon",
    );
  });
  it("lets DATABASE_DRIVER override the guess", () => {
    expect(selectDatabaseDriver({ url: "postgres://postgres@127.0.0.1:5432/app", driver: "neon" })).toBe("neon");
  });
});

describe("redactDatabaseUrl", () => {
  it("hides the password and keeps the rest", () => {
    const redacted = redactDatabaseUrl("postgres://app:s3cret@db.example:5432/learnforge");
    expect(redacted).not.toContain("s3cret");
    expect(redacted).toContain("app:***@db.example:5432/learnforge");
  });
});
