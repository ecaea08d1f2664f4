import { defineConfig } from "drizzle-kit";

// Only `generate` and `check` are run through drizzle-kit; migrations are applied by
// src/drizzle/migrate.ts so that PGlite gets the pgvector extension loaded.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/drizzle/schema.ts",
  out: "./src/drizzle/migrations",
  strict: true,
  verbose: true,
});
