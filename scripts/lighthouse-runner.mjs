// One Lighthouse run against a running server, shared by `npm run lighthouse` (scripts/lighthouse.mjs)
// and the bench harness (bench/app/lighthouse.mjs). Lighthouse is not a dependency: it runs through
// `npx --yes lighthouse@LIGHTHOUSE_VERSION` unless node_modules has one.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export const LIGHTHOUSE_VERSION = "13.5.0";
export const DEFAULT_CHROME_PATH = "/usr/bin/chromium";

// Debian's Chromium as root in a container (TECH-NOTES: Browser tests); no background traffic.
export const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function chromePathFromEnv(env = process.env) {
  return env.CHROME_PATH ?? DEFAULT_CHROME_PATH;
}

/** `[command, leading args]`: the project's own lighthouse binary if installed, else npx. */
export function lighthouseCommand(root) {
  const local = path.join(root, "node_modules", ".bin", "lighthouse");
  return existsSync(local) ? [local, []] : ["npx", ["--yes", `lighthouse@${LIGHTHOUSE_VERSION}`]];
}

/** The CLI arguments after the command, in the order scripts/lighthouse.mjs has always passed them. */
export function lighthouseArgs({ url, outputs, outputPath, categories, cookie, extraArgs = [] }) {
  return [
    url,
    ...outputs.map((output) => `--output=${output}`),
    `--output-path=${outputPath}`,
    `--only-categories=${categories.join(",")}`,
    "--quiet",
    `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
    ...extraArgs,
  ];
}

/**
 * Runs Lighthouse once and resolves when it exits: `{ status, signal, error, stderr }`.
 * stdio "inherit" shows Lighthouse's own output; "capture" keeps the last 4 kB of stderr for errors.
 * The report lands at outputPath (one output) or outputPath.report.<ext> (several), as Lighthouse does.
 */
export function runLighthouse({ root, chromePath, stdio = "inherit", timeoutMs = 300_000, ...argOptions }) {
  const [command, prefix] = lighthouseCommand(root);
  const args = [...prefix, ...lighthouseArgs(argOptions)];
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, CHROME_PATH: chromePath },
      stdio: stdio === "inherit" ? "inherit" : ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (data) => {
      stderr = (stderr + data.toString()).slice(-4096);
    });
    const timer = setTimeout(() => child.kill("SIGTERM"), timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      resolve({ status: null, signal: null, error, stderr });
    });
    child.once("close", (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, error: undefined, stderr });
    });
  });
}
