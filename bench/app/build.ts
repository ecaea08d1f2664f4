import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Options } from "./options";

// One production build per source state. "auto" builds when .next/BUILD_ID is missing or any build
// input is newer than it (tests do not count: they are not in the build).
const BUILD_INPUTS = ["src", "public", "next.config.ts", "package.json", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
const NOT_BUILT = /\.test\.tsx?$|(^|\/)__tests__\//;

function newestInput(root: string): { file: string; mtimeMs: number } | null {
  let newest: { file: string; mtimeMs: number } | null = null;
  const visit = (file: string) => {
    if (!existsSync(file)) return;
    const stats = statSync(file);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(file)) visit(path.join(file, entry));
      return;
    }
    if (NOT_BUILT.test(file)) return;
    if (!newest || stats.mtimeMs > newest.mtimeMs) newest = { file: path.relative(root, file), mtimeMs: stats.mtimeMs };
  };
  for (const input of BUILD_INPUTS) visit(path.join(root, input));
  return newest;
}

/** Why a build is needed, or null when .next is a build of the current sources. */
export function buildReason(root: string, mode: Options["build"]): string | null {
  const buildId = path.join(root, ".next/BUILD_ID");
  const manifest = path.join(root, ".next/server/server-reference-manifest.json");
  if (mode === "always") return "--build";
  if (!existsSync(buildId) || !existsSync(manifest)) {
    if (mode === "never") throw new Error("--no-build, but .next holds no production build (run `npx next build` first)");
    return ".next/BUILD_ID is missing";
  }
  if (mode === "never") return null;
  const newest = newestInput(root);
  const builtAt = statSync(buildId).mtimeMs;
  return newest && newest.mtimeMs > builtAt ? `${newest.file} is newer than .next/BUILD_ID` : null;
}

/** `next build`, output prefixed; rejects with the last lines when it fails. */
export function runBuild(root: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    const tail: string[] = [];
    const relay = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 40) tail.shift();
        process.stdout.write(`  build | ${line}\n`);
      }
    };
    child.stdout.on("data", relay);
    child.stderr.on("data", relay);
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`next build failed (${signal ?? `exit ${code}`}):\n${tail.join("\n")}`)),
    );
  });
}
