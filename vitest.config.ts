import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import SecuritySequencer from "./tests/security/sequencer.mjs";

const alias = {
  "@": path.resolve(import.meta.dirname, "src"),
  // `server-only` throws outside React Server Components; tests run server code directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
};

export default defineConfig({
  plugins: [react()],
  resolve: { alias },
  test: {
    // Puts the security files in the order they need (tests/security/sequencer.mjs); others keep vitest's.
    sequence: { sequencer: SecuritySequencer },
    reporters: process.env.VITEST_JSON_REPORT ? ["default", ["json", { outputFile: process.env.VITEST_JSON_REPORT }]] : ["default"],
    // Off unless asked for (`npm run test:coverage`); the gate reads coverage-summary.json
    // (scripts/check-coverage.mjs). Measured where the logic lives: features and vendor services.
    coverage: {
      provider: "v8",
      include: ["src/features/**/*.{ts,tsx}", "src/services/**/*.{ts,tsx}"],
      exclude: ["**/*.test.{ts,tsx}", "**/*.d.ts"],
      reporter: ["text", "json-summary"],
      reportsDirectory: "coverage",
    },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.{ts,tsx}", "tests/unit/**/*.test.ts"],
          environment: "node",
          env: { NODE_ENV: "test", LOG_LEVEL: "silent" },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.integ.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          env: { NODE_ENV: "test", LOG_LEVEL: "silent" },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One file at a time: the suites share one PostgreSQL and redis-server on 2 cores.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // `npm run test:security`: attacks the production build (tests/security/global-setup.ts).
          name: "security",
          include: ["tests/security/**/*.security.test.ts"],
          environment: "node",
          globalSetup: ["tests/security/global-setup.ts"],
          env: { NODE_ENV: "test", LOG_LEVEL: "silent" },
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
