#!/usr/bin/env node
// npm run db:drift — fails when the Drizzle schema differs from the migrations (a schema edit
// without `npm run db:generate`). drizzle-kit generate runs on a temporary copy of the migrations
// folder, so the real one is never touched; no database is needed. drizzle-kit exits 0 whether it
// wrote a migration, found nothing or failed, so the verdict comes from the copy's files and its
// "No schema changes" line. Exit 0 no drift, 1 drift, 2 the check itself could not run.
// Options: --migrations DIR (default: drizzle.config.ts's out; tests point it at a copy).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { tsImport } from "tsx/esm/api";

const root = path.resolve(import.meta.dirname, "..");
const { default: config } = await tsImport("../drizzle.config.ts", import.meta.url);
const { values: options } = parseArgs({ options: { migrations: { type: "string", default: path.resolve(root, config.out) } } });
const source = path.resolve(options.migrations);

/** Every file under `dir` (relative path → sha256). */
function listFiles(dir, prefix = "") {
  const files = {};
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) Object.assign(files, listFiles(dir, relative));
    else files[relative] = createHash("sha256").update(readFileSync(path.join(dir, relative))).digest("hex");
  }
  return files;
}

const temp = mkdtempSync(path.join(tmpdir(), "lf-drift-"));
let exitCode = 2;
try {
  const copy = path.join(temp, "migrations");
  cpSync(source, copy, { recursive: true });
  const before = listFiles(copy);
  const migrationCount = JSON.parse(readFileSync(path.join(copy, "meta/_journal.json"), "utf8")).entries.length;
  // Same schema, dialect and strictness; only `out` moves. drizzle-kit prefixes `out` with "./",
  // so it must be relative to the working directory (the repository root).
  const tempConfig = path.join(temp, "drizzle.config.json");
  writeFileSync(tempConfig, JSON.stringify({ ...config, out: path.relative(root, copy) }, null, 2));
  const run = spawnSync(path.join(root, "node_modules/.bin/drizzle-kit"), ["generate", `--config=${tempConfig}`], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"], // a rename question cannot be answered here: drizzle-kit stops
    timeout: 120_000,
  });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}`;
  const after = listFiles(copy);
  const written = Object.keys(after).filter((file) => before[file] !== after[file]).sort();

  if (written.length > 0) {
    console.error(`✗ drift: the schema does not match the ${migrationCount} migrations; drizzle-kit generate would write:`);
    const shown = source.startsWith(`${root}${path.sep}`) ? path.relative(root, source) : source;
    for (const file of written) console.error(`  ${before[file] ? "changed" : "new"} ${path.join(shown, file)}`);
    for (const file of written.filter((name) => name.endsWith(".sql"))) {
      const lines = readFileSync(path.join(copy, file), "utf8").split("\n");
      console.error(`\n${file} (first 12 of ${lines.length} lines):\n${lines.slice(0, 12).map((line) => `  ${line}`).join("\n")}`);
    }
    console.error("\nRun npm run db:generate, review the migration it writes (docs/migrations.md) and commit it with the schema change.");
    exitCode = 1;
  } else if (run.status === 0 && /No schema changes, nothing to migrate/.test(output)) {
    console.log(`no drift: the schema matches the ${migrationCount} migrations`);
    exitCode = 0;
  } else if (/Interactive prompts require a TTY/.test(output)) {
    // Only a differing schema raises drizzle-kit's "created or renamed?" question.
    console.error(`✗ drift: the schema does not match the ${migrationCount} migrations, and drizzle-kit asks whether a table or column was renamed.`);
    console.error("Run npm run db:generate in a terminal to answer, review the migration it writes (docs/migrations.md) and commit it.");
    exitCode = 1;
  } else {
    console.error(`✗ drizzle-kit generate neither wrote a migration nor confirmed the schema matches (exit ${run.status}${run.signal ? `, ${run.signal}` : ""}):`);
    console.error(output.trim() || run.error?.message || "(no output)");
  }
} catch (error) {
  console.error(`✗ the drift check could not run: ${error.message}`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
process.exit(exitCode);
