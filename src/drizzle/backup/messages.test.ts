import { describe, expect, it } from "vitest";
import { dumpSourceWarning, explainListFailure, explainRestoreFailure } from "./messages";
import { parseClientVersion, parseServerVersionNum } from "./versions";

const restore15 = parseClientVersion("pg_restore (PostgreSQL) 15.20");

describe("explainListFailure", () => {
  it("says a newer pg_dump made the file", () => {
    const message = explainListFailure("b.dump", "pg_restore: error: unsupported version (1.16) in file header\n", restore15);
    expect(message).toMatch(/^b\.dump was made by a newer pg_dump than pg_restore 15\.20 can read: install/);
  });
  it("says a file is not a dump, quoting pg_restore", () => {
    const message = explainListFailure("notes.txt", "pg_restore: error: input file is too short (read 3, expected 5)", restore15);
    expect(message).toBe("notes.txt is not a dump pg_restore can read (db:backup writes custom-format dumps):\npg_restore: error: input file is too short (read 3, expected 5)");
  });
});

describe("explainRestoreFailure", () => {
  it("says nothing changed and how to get the extension created", () => {
    const message = explainRestoreFailure('pg_restore: error: could not execute query: ERROR:  permission denied to create extension "vector"', 1);
    expect(message.split("\n")[0]).toBe("pg_restore failed (exit 1); it ran in a single transaction, so the database is as it was before.");
    expect(message).toContain("hint: the database user may not create the vector extension: have its owner or a superuser run CREATE EXTENSION vector;");
  });
  it("points at newer migrations when dropping a table is blocked", () => {
    const message = explainRestoreFailure("ERROR:  cannot drop table users because other objects depend on it", 1);
    expect(message).toContain("hint: the target has objects the dump does not know");
  });
});

describe("dumpSourceWarning", () => {
  it("warns when the dump comes from a newer major version", () => {
    expect(dumpSourceWarning("17.2 (Debian 17.2-1)", parseServerVersionNum(150020))).toMatch(/^warning: the dump comes from PostgreSQL 17\.2/);
  });
  it("is quiet for the same or an older version, or an unknown one", () => {
    expect(dumpSourceWarning("15.4", parseServerVersionNum(150020))).toBeNull();
    expect(dumpSourceWarning("14.9", parseServerVersionNum(170002))).toBeNull();
    expect(dumpSourceWarning(undefined, parseServerVersionNum(170002))).toBeNull();
  });
});
