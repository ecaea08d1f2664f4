import path from "node:path";
import { defineConfig } from "vitest/config";

// The benchmarks run under vitest only for the aliases (the app's modules import
// "server-only"); it prints figures and asserts nothing. `npm run bench:practice|bench:channels [-- --quick]`.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname, "src"),
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    include: ["bench/*/*.bench.ts"],
    environment: "node",
    env: { NODE_ENV: "test", LOG_LEVEL: "silent" },
    testTimeout: 1_800_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    // The figures go straight to the terminal, not through vitest's console capture.
    disableConsoleIntercept: true,
  },
});
