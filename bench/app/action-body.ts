import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

// A server action call as React's client sends it. `action(null, formData)` becomes encodeReply's
// multipart body: the FormData's fields under the "_1_" prefix and field "0" holding the argument
// list `[null,"$K1"]` ($K1 = "the FormData of part 1"). tests/unit/bench-action-body.test.ts checks
// this against React's own encodeReply, so a change of the wire format fails a test, not the bench.

export type EncodedAction = { contentType: string; body: Buffer };

const quoteName = (name: string) => name.replace(/"/g, "%22").replace(/\r?\n/g, "%0A");

/** The body of `action(null, formData)` with these fields, as multipart/form-data. */
export function encodeFormDataAction(fields: Record<string, string>, boundary = `----benchformdata${randomBytes(8).toString("hex")}`): EncodedAction {
  const parts = [...Object.entries(fields).map(([key, value]) => [`_1_${key}`, value] as const), ["0", '[null,"$K1"]'] as const];
  const chunks = parts.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${quoteName(name)}"\r\n\r\n${value}\r\n`);
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.from(`${chunks.join("")}--${boundary}--\r\n`, "utf8") };
}

type ManifestEntry = { exportedName?: string; filename?: string; workers?: Record<string, unknown> };

/** Server action ids by "<file>#<export>", read from the build's server reference manifest. */
export function readActionIds(distDir = ".next"): Map<string, string> {
  const file = path.join(distDir, "server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node?: Record<string, ManifestEntry> };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node ?? {})) {
    if (entry.filename && entry.exportedName) ids.set(`${entry.filename}#${entry.exportedName}`, id);
  }
  return ids;
}

export function actionId(ids: Map<string, string>, file: string, exportedName: string): string {
  const id = ids.get(`${file}#${exportedName}`);
  if (!id) throw new Error(`no server action ${exportedName} of ${file} in .next/server/server-reference-manifest.json (stale build?)`);
  return id;
}

/** The action's result from its Flight response: the row React resolves as the call's value. */
export function actionResultOf(body: string): { ok?: boolean; [key: string]: unknown } | null {
  for (const line of body.split("\n")) {
    const match = /^1:(\{.*\})$/.exec(line);
    if (!match) continue;
    try {
      return JSON.parse(match[1]!) as { ok?: boolean };
    } catch {
      return null;
    }
  }
  return null;
}
