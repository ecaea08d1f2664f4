import packageJson from "../../package.json";
import { env } from "@/data/env/server";

export const APP_VERSION: string = packageJson.version;

/** The deployed commit: Vercel's, or APP_COMMIT_SHA for other hosts; "unknown" locally. */
export function deployedCommit(): string {
  return env.VERCEL_GIT_COMMIT_SHA ?? env.APP_COMMIT_SHA ?? "unknown";
}
