// `npm run bench:<name> [-- --quick]` → `node bench/run.mjs <name> [--quick]`: runs bench/<name>/*.bench.ts
// under vitest (for the app's aliases). vitest refuses unknown flags, so --quick becomes BENCH_QUICK=1.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const [name, ...args] = process.argv.slice(2);
if (!name || !existsSync(`bench/${name}`)) {
  console.error(`usage: node bench/run.mjs <${["practice", "channels"].join("|")}> [--quick]`);
  process.exit(2);
}
const quick = args.includes("--quick");
const rest = args.filter((arg) => arg !== "--quick");
const result = spawnSync("npx", ["vitest", "run", "--config", "vitest.bench.config.ts", `bench/${name}/`, ...rest], {
  stdio: "inherit",
  env: { ...process.env, ...(quick ? { BENCH_QUICK: "1" } : {}) },
});
if (result.error) throw result.error;
process.exit(result.status ?? 1);
