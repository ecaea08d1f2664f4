import { describe, expect, it } from "vitest";
import { parseBackupArgs, parseRestoreArgs } from "./args";

describe("parseBackupArgs", () => {
  it("takes --out and --pg-bin, in either spelling", () => {
    expect(parseBackupArgs([])).toEqual({ out: undefined, pgBin: undefined });
    expect(parseBackupArgs(["--out", "x.dump", "--pg-bin=/usr/lib/postgresql/17/bin"])).toEqual({
      out: "x.dump",
      pgBin: "/usr/lib/postgresql/17/bin",
    });
  });
  it("refuses --out without a file, unknown options and stray arguments", () => {
    expect(() => parseBackupArgs(["--out"])).toThrow(/--out needs a value/);
    expect(() => parseBackupArgs(["--out", "--pg-bin"])).toThrow(/--out needs a value/);
    expect(() => parseBackupArgs(["--force"])).toThrow(/unknown option --force/);
    expect(() => parseBackupArgs(["x.dump"])).toThrow(/unexpected argument x\.dump/);
  });
});

describe("parseRestoreArgs", () => {
  it("reads the file and the confirmations", () => {
    expect(parseRestoreArgs(["b.dump"])).toEqual({ file: "b.dump", yes: false, productionConfirmed: false, pgBin: undefined });
    expect(parseRestoreArgs(["--yes", "b.dump", "--i-know-this-is-production"])).toMatchObject({ file: "b.dump", yes: true, productionConfirmed: true });
  });
  it("needs exactly one file", () => {
    expect(() => parseRestoreArgs(["--yes"])).toThrow(/name the dump file to restore/);
    expect(() => parseRestoreArgs(["a.dump", "b.dump"])).toThrow(/not also b\.dump/);
  });
  it("does not take a value for --yes (a typo must not confirm)", () => {
    expect(() => parseRestoreArgs(["b.dump", "--yes=no"])).toThrow(/unknown option --yes=no/);
  });
});
