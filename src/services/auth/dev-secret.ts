import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/data/env/server";

let cached: string | undefined;

/**
 * DEV_AUTH_SECRET when set; otherwise a random secret kept beside the embedded
 * database, so sessions survive restarts on a laptop without any configuration.
 */
export function getDevAuthSecret(): string {
  if (cached) return cached;
  if (env.DEV_AUTH_SECRET) return (cached = env.DEV_AUTH_SECRET);
  const file = path.resolve(path.dirname(path.resolve(env.PGLITE_DATA_DIR)), "dev-auth-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    // "wx" so that two starting processes cannot overwrite each other's secret.
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      cached = secret;
    } catch (writeError) {
      if ((writeError as NodeJS.ErrnoException).code !== "EEXIST") throw writeError;
      cached = readFileSync(file, "utf8").trim();
    }
  }
  return cached;
}
