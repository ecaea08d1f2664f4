import { describe, expect, it } from "vitest";
import {
  defaultBackupPath,
  formatBytes,
  isNeonPoolerUrl,
  pgDumpArgs,
  pgRestoreArgs,
  redactSecrets,
  toolConnection,
  toolPath,
} from "./commands";

describe("toolConnection", () => {
  it("moves a percent-encoded password out of the URL into PGPASSWORD", () => {
    const connection = toolConnection("postgresql://app:s%C3%A9cret%3Ap%40ss@db.example:5432/learnforge?sslmode=require");
    expect(connection.dbname).toBe("postgresql://app@db.example:5432/learnforge?sslmode=require");
    expect(connection.env).toEqual({ PGPASSWORD: "sécret:p@ss" });
  });
  it("sets no PGPASSWORD when the URL has none (a .pgpass file or PGPASSWORD may supply it)", () => {
    expect(toolConnection("postgres://postgres@127.0.0.1:5432/app")).toEqual({ dbname: "postgres://postgres@127.0.0.1:5432/app", env: {} });
  });
});

describe("pg_dump and pg_restore arguments", () => {
  it("dumps in custom format without owners or grants", () => {
    expect(pgDumpArgs("postgres://app@h/db", "out.dump")).toEqual([
      "--format=custom", "--no-owner", "--no-privileges", "--file", "out.dump", "--dbname", "postgres://app@h/db",
    ]);
  });
  it("restores cleanly in one transaction, with the file last", () => {
    const args = pgRestoreArgs("postgres://app@h/db", "in.dump");
    expect(args).toEqual(["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--dbname", "postgres://app@h/db", "in.dump"]);
    expect(pgRestoreArgs("postgres://app@h/db", "in.dump", "toc.list").slice(-3)).toEqual(["--use-list", "toc.list", "in.dump"]);
  });
  it("finds the tools on PATH or in --pg-bin", () => {
    expect(toolPath("pg_dump", undefined)).toBe("pg_dump");
    expect(toolPath("pg_restore", "/usr/lib/postgresql/17/bin")).toBe("/usr/lib/postgresql/17/bin/pg_restore");
  });
});

describe("defaultBackupPath", () => {
  it("names the file after the UTC time", () => {
    expect(defaultBackupPath(new Date("2026-01-02T03:04:05.678Z"))).toBe("backups/learnforge-20260102T030405Z.dump");
  });
});

describe("redactSecrets", () => {
  it("hides the URL's password in raw and decoded form", () => {
    const url = "postgres://app:p%40ss@db.example/app";
    expect(redactSecrets(`failed for ${url} (password p@ss, p%40ss)`, url)).toBe("failed for postgres://app:***@db.example/app (password ***, ***)");
  });
  it("leaves text alone when the URL has no password", () => {
    expect(redactSecrets("connection refused", "postgres://app@db.example/app")).toBe("connection refused");
  });
});

describe("isNeonPoolerUrl", () => {
  it("recognises Neon's pooled endpoint", () => {
    expect(isNeonPoolerUrl("postgresql://u:p@ep-cool-1234-pooler.eu-central-1.aws.neon.tech/db")).toBe(true);
    expect(isNeonPoolerUrl("postgresql://u:p@ep-cool-1234.eu-central-1.aws.neon.tech/db")).toBe(false);
  });
});

describe("formatBytes", () => {
  it("uses binary units with one decimal", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(198_951)).toBe("194.3 KiB");
    expect(formatBytes(5 * 1024 ** 3)).toBe("5.0 GiB");
  });
});
