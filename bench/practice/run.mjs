// `npm run bench:practice [-- --quick]`: vitest refuses unknown flags, so --quick becomes BENCH_QUICK=1.
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const rest = args.filter((arg) => arg !== "--quick");
const result = spawnSync("npx", ["vitest", "run", "--config", "vitest.bench.config.ts", ...rest], {
  stdio: "inherit",
  env: { ...process.env, ...(quick ? { BENCH_QUICK: "1" } : {}) },
});
if (result.error) throw result.error;
process.exit(result.status ?? 1);
