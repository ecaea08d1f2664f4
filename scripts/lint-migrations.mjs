#!/usr/bin/env node
// npm run db:lint-migrations — squawk on every migration production has not run yet (not in
// src/drizzle/migrations/released.json); each finding must be covered by a reviewed waiver in
// squawk-waivers.json. Exit 0 clean, 1 findings or problems, 2 the check itself could not run.
// Options: --migrations DIR (default src/drizzle/migrations; tests point it at a copy).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { tsImport } from "tsx/esm/api";

const root = path.resolve(import.meta.dirname, "..");
const squawk = path.join(root, "node_modules/.bin/squawk");

function lintMigrations(checks, folder) {
  const readJson = (file) => JSON.parse(readFileSync(path.join(folder, file), "utf8"));
  const journal = readJson("meta/_journal.json").entries.map(({ tag, when }) => ({ tag, when }));
  const files = Object.fromEntries(
    readdirSync(folder)
      .filter((name) => name.endsWith(".sql"))
      .map((name) => [name, createHash("sha256").update(readFileSync(path.join(folder, name), "utf8")).digest("hex")]),
  );
  const released = checks.parseReleased(readJson("released.json"));
  const waivers = checks.parseWaivers(existsSync(path.join(folder, "squawk-waivers.json")) ? readJson("squawk-waivers.json") : { waivers: [] });

  const { toLint, problems } = checks.selectMigrationsToLint({ journal, files, released });
  for (const problem of problems) console.error(`✗ ${problem}`);
  if (toLint.length === 0) {
    console.log(`nothing to lint: all ${journal.length} migrations are released`);
    return problems.length > 0 ? 1 : 0;
  }

  if (!existsSync(squawk)) throw new Error("squawk-cli is not installed (a devDependency): run npm install");
  // Rules, the PostgreSQL version and "drizzle wraps migrations in a transaction" come from .squawk.toml.
  const args = ["--config", path.join(root, ".squawk.toml"), "--reporter=json", ...toLint.map((file) => path.join(folder, file))];
  const run = spawnSync(squawk, args, { encoding: "utf8" });
  let findings;
  try {
    findings = checks.parseSquawkFindings(JSON.parse(run.stdout || "[]"));
  } catch (error) {
    throw new Error(`squawk did not report (exit ${run.status}): ${run.error?.message ?? run.stderr.trim()}\n${error.message}`);
  }

  const verdict = checks.applyWaivers({ findings, waivers, linted: toLint, known: journal.map((entry) => `${entry.tag}.sql`) });
  console.log(`squawk checked ${toLint.join(", ")} (not yet released)`);
  for (const { waiver, findings: covered } of verdict.waived) {
    console.log(`  waived ${waiver.migration} ${waiver.rule} ×${covered.length} (reviewed by ${waiver.reviewer})`);
  }
  for (const { waiver, problem } of verdict.stale) console.error(`✗ waiver ${waiver.migration} ${waiver.rule} ${problem}`);
  for (const finding of verdict.unwaived) console.error(`✗ ${checks.formatFinding(finding, readFileSync(finding.file, "utf8"))}`);
  if (verdict.unwaived.length > 0) {
    console.error(
      `\n${verdict.unwaived.length} finding(s) without a waiver. Make the migration safe (docs/migrations.md) or, if it is safe ` +
        `as written, add a waiver with the reason and a reviewer to squawk-waivers.json. Rules: https://squawkhq.com/docs/rules`,
    );
  }
  if (problems.length + verdict.stale.length + verdict.unwaived.length > 0) return 1;
  console.log(`no unwaived findings in ${toLint.length} new migration(s)`);
  return 0;
}

try {
  const { values } = parseArgs({ options: { migrations: { type: "string", default: path.join(root, "src/drizzle/migrations") } } });
  const checks = await tsImport("../src/drizzle/migration-checks/migration-lint.ts", import.meta.url);
  process.exitCode = lintMigrations(checks, path.resolve(values.migrations));
} catch (error) {
  console.error(`✗ the migration lint could not run: ${error.message}`);
  process.exitCode = 2;
}
