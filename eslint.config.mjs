import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

// Rules that encode STYLE.md: env only through src/data/env, the database only
// through features/*/db*.ts and src/drizzle, and Drizzle deletes/updates always filtered.
const databaseImports = {
  paths: [
    { name: "drizzle-orm", message: "Query the database only in features/*/db.ts (the data access layer)." },
    { name: "@/drizzle/db", message: "Use the feature's data access layer (features/*/db.ts)." },
    { name: "pg", message: "Database drivers live in src/drizzle/drivers." },
    { name: "@electric-sql/pglite", message: "Database drivers live in src/drizzle/drivers." },
    { name: "@neondatabase/serverless", message: "Database drivers live in src/drizzle/drivers." },
  ],
  patterns: [{ group: ["drizzle-orm/*"], message: "Query the database only in features/*/db.ts." }],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "coverage/**", "playwright-report/**", "test-results/**", "next-env.d.ts"],
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { drizzle },
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through src/data/env (server.ts or client.ts)." },
      ],
      "no-restricted-imports": ["error", databaseImports],
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The env module reads process.env; instrumentation checks Next's own NEXT_RUNTIME.
    files: ["src/data/env/**", "src/instrumentation.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    files: ["src/drizzle/**", "src/features/*/db.ts", "src/features/*/db-*.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Integration helpers named use… (useAppDatabase) are not React hooks.
    files: ["tests/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["src/**/*.test.{ts,tsx}"],
    rules: { "no-restricted-imports": "off", "no-restricted-properties": "off" },
  },
];

export default config;
