import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { selectRows } from "@/drizzle/execute";
import { describe, expect, it } from "vitest";
import { openPglite } from "@/drizzle/drivers/pglite";

describe("embedded PGlite opened by two processes", () => {
  it("gives the second process a clear error and leaves the data intact", async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "lf-lock-")), "pglite");
    const holder = spawn(process.execPath, ["--import", "tsx", "tests/support/hold-pglite.ts", dataDir, "marker-row"], {
      cwd: process.cwd(),
      env: { ...process.env, LOG_LEVEL: "silent" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
        holder.once("exit", (code) => reject(new Error(`holder exited early with ${code}`)));
      });

      await expect(openPglite(dataDir)).rejects.toThrow(
        new RegExp(`already open in process ${holder.pid}.*one process per data directory`),
      );
    } finally {
      holder.kill("SIGKILL");
      await new Promise((resolve) => holder.once("exit", resolve));
    }

    // The holder died without cleaning up: its stale lock is taken over and the data is intact.
    const reopened = await openPglite(dataDir);
    try {
      const rows = await selectRows<{ name: string }>(reopened.db, sql`select name from users where external_id = 'marker-row'`);
      expect(rows).toEqual([{ name: "Holder" }]);
    } finally {
      await reopened.close();
    }
  });
});
