import { execFile } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../../..");

/** The world's seed in a child process: the app's modules load under the react-server condition there. */
export function seedWorld(worldFile: string, env: NodeJS.ProcessEnv): Promise<void> {
  const args = [path.join(root, "node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", "tests/security/world/prepare.ts", worldFile];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: root, env, encoding: "utf8", timeout: 180_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`seeding the security world failed: ${error.message}\n${stderr}\n${stdout}`, { cause: error }));
      else resolve();
    });
  });
}
