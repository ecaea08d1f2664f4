import { describe, expect, it } from "vitest";
import { findVersionProblem, parseClientVersion, parseServerVersionNum, toolNotFoundMessage } from "./versions";

describe("parseClientVersion", () => {
  it("reads Debian's pg_dump banner", () => {
    expect(parseClientVersion("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n")).toEqual({ major: 15, minor: 20, label: "15.20" });
  });
  it("reads pg_restore's banner and pre-release versions", () => {
    expect(parseClientVersion("pg_restore (PostgreSQL) 17.2")).toEqual({ major: 17, minor: 2, label: "17.2" });
    expect(parseClientVersion("pg_dump (PostgreSQL) 18beta1")).toEqual({ major: 18, minor: 0, label: "18beta1" });
  });
  it("refuses output that is not a version banner", () => {
    expect(() => parseClientVersion("command not found")).toThrow(/cannot read a PostgreSQL version/);
  });
});

describe("parseServerVersionNum", () => {
  it("splits major and minor from PostgreSQL 10 on", () => {
    expect(parseServerVersionNum("170002")).toEqual({ major: 17, minor: 2, label: "17.2" });
    expect(parseServerVersionNum(150020)).toEqual({ major: 15, minor: 20, label: "15.20" });
  });
  it("reads the older three-part numbering", () => {
    expect(parseServerVersionNum("90624")).toMatchObject({ major: 9, label: "9.6.24" });
  });
  it("refuses a value that is not a version number", () => {
    expect(() => parseServerVersionNum("17.2")).toThrow(/unexpected server_version_num/);
  });
});

describe("findVersionProblem", () => {
  const pg15 = parseClientVersion("pg_dump (PostgreSQL) 15.20");
  it("refuses pg_dump 15 against a PostgreSQL 17 server and says what to install", () => {
    expect(findVersionProblem("pg_dump", pg15, parseServerVersionNum("170002"))).toBe(
      "pg_dump 15.20 cannot dump a PostgreSQL 17.2 server: install postgresql-client-17 (apt.postgresql.org; on macOS brew install postgresql@17) " +
        "or run the backup from a machine that has it (--pg-bin DIR points at its bin directory)",
    );
  });
  it("refuses an older pg_restore with a restore-worded message", () => {
    const problem = findVersionProblem("pg_restore", { ...pg15, label: "15.20" }, parseServerVersionNum("160004"));
    expect(problem).toMatch(/^pg_restore 15\.20 cannot restore into a PostgreSQL 16\.4 server: install postgresql-client-16/);
    expect(problem).toContain("run the restore from a machine that has it");
  });
  it("accepts the same major whatever the minor versions, and a newer client", () => {
    expect(findVersionProblem("pg_dump", pg15, parseServerVersionNum("150099"))).toBeNull();
    expect(findVersionProblem("pg_dump", { major: 15, minor: 1, label: "15.1" }, parseServerVersionNum("150020"))).toBeNull();
    expect(findVersionProblem("pg_dump", parseClientVersion("pg_dump (PostgreSQL) 17.2"), parseServerVersionNum("150020"))).toBeNull();
  });
});

describe("toolNotFoundMessage", () => {
  it("names the package for the server's major version when it is known", () => {
    expect(toolNotFoundMessage("pg_dump", undefined, parseServerVersionNum("170002"))).toMatch(/^pg_dump was not found on PATH: install postgresql-client-17/);
  });
  it("names the directory it looked in", () => {
    expect(toolNotFoundMessage("pg_restore", "/opt/pg17/bin")).toMatch(/^pg_restore was not found in \/opt\/pg17\/bin: install/);
  });
});
