import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runBuild } from "../../../bench/app/build";

// The app built again with its proxy matching no path at all, in a copy of the working tree:
// authorisation must hold without it (the proxy only guards and labels; it never authorises).
// node_modules is hard-linked (a symlink leads Turbopack out of the project root) and the
// main build's cache is copied, so the second build takes about half as long as the first.

const NEVER = "/__security-suite-proxy-matches-nothing__";

export function proxyMatchingNothing(source: string): string {
  const rewritten = source.replace(/matcher:\s*\[[^\]]*\]/, `matcher: ["${NEVER}"]`);
  if (rewritten === source) throw new Error("src/proxy.ts has no `matcher: [...]` to rewrite; update tests/security/support/no-proxy-build.ts");
  return rewritten;
}

function linkOrCopyTree(from: string, to: string, mode: "link" | "copy"): void {
  try {
    execFileSync("cp", [mode === "link" ? "-al" : "-r", from, to], { stdio: "pipe" });
  } catch (error) {
    if (mode !== "link") throw error;
    // Another filesystem: hard links are impossible; a symlink works for `next start` and usually for the build.
    symlinkSync(from, to, "dir");
  }
}

export async function buildWithoutProxy(root: string, env: NodeJS.ProcessEnv): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "learnforge-noproxy-"));
  const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of files) {
    if (!existsSync(path.join(root, file))) continue; // deleted in the working tree
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    copyFileSync(path.join(root, file), path.join(dir, file));
  }
  const proxyFile = path.join(dir, "src/proxy.ts");
  writeFileSync(proxyFile, proxyMatchingNothing(readFileSync(proxyFile, "utf8")));
  linkOrCopyTree(path.join(root, "node_modules"), path.join(dir, "node_modules"), "link");
  if (existsSync(path.join(root, ".next/cache"))) {
    mkdirSync(path.join(dir, ".next"), { recursive: true });
    linkOrCopyTree(path.join(root, ".next/cache"), path.join(dir, ".next/cache"), "copy");
  }
  await runBuild(dir, env);
  return dir;
}
