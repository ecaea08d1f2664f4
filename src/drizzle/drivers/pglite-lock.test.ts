import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError } from "./pglite-lock";

const children: ChildProcess[] = [];
afterEach(() => children.splice(0).forEach((child) => child.kill()));

function dataDir() {
  return path.join(mkdtempSync(path.join(tmpdir(), "lf-lock-")), "pglite");
}

describe("acquireDataDirLock", () => {
  it("writes this process's pid and removes the lock on release", () => {
    const dir = dataDir();
    const release = acquireDataDirLock(dir);
    expect(readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it("refuses a directory held by another live process, naming it", async () => {
    const dir = dataDir();
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    children.push(holder);
    await new Promise((resolve) => holder.once("spawn", resolve));
    writeFileSync(`${dir}.lock`, String(holder.pid));
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dir)).toThrow(new RegExp(`in process ${holder.pid}`));
    expect(readFileSync(`${dir}.lock`, "utf8")).toBe(String(holder.pid));
  });

  it("takes over a lock left by a process that has exited", async () => {
    const dir = dataDir();
    const gone = spawn(process.execPath, ["-e", "0"]);
    const pid = gone.pid;
    await new Promise((resolve) => gone.once("exit", resolve));
    writeFileSync(`${dir}.lock`, String(pid));
    const release = acquireDataDirLock(dir);
    expect(readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    release();
  });
});
