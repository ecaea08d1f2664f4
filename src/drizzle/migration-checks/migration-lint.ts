// The pure rules of `npm run db:lint-migrations` (scripts/lint-migrations.mjs): which migrations
// squawk must check, and which of its findings a reviewed waiver covers.
import { z } from "zod";

const migrationFile = z.string().regex(/^\d{4}_[a-z0-9_]+\.sql$/, "a migration file name such as 0004_ai_layer.sql");

/** One finding of `squawk --reporter=json` (line and column are 0-based). */
export const squawkFindingSchema = z.object({
  file: z.string(),
  line: z.number(),
  column: z.number(),
  level: z.string(),
  message: z.string(),
  rule_name: z.string(),
});
export type SquawkFinding = z.infer<typeof squawkFindingSchema>;

const waiverSchema = z.object({
  migration: migrationFile,
  rule: z.string().regex(/^[a-z0-9-]+$/, "a squawk rule name such as require-lock-timeout"),
  /** When set, the waiver covers exactly this many findings: one more is a new finding to review. */
  count: z.number().int().positive().optional(),
  reason: z.string().trim().min(40, "a reason says why the finding is safe in this migration"),
  reviewer: z.string().trim().min(2),
});
export type Waiver = z.infer<typeof waiverSchema>;

const releasedSchema = z.object({ migration: migrationFile, sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export type ReleasedMigration = z.infer<typeof releasedSchema>;

export type JournalEntry = { tag: string; when: number };

function parseWith<T>(schema: z.ZodType<T>, json: unknown, what: string): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`${what} is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export const parseWaivers = (json: unknown): Waiver[] =>
  parseWith(z.object({ waivers: z.array(waiverSchema) }), json, "squawk-waivers.json").waivers;

export const parseReleased = (json: unknown): ReleasedMigration[] =>
  parseWith(z.object({ released: z.array(releasedSchema) }), json, "released.json").released;

export const parseSquawkFindings = (json: unknown): SquawkFinding[] =>
  parseWith(z.array(squawkFindingSchema), json, "squawk's JSON report");

/**
 * A migration is new until released.json lists it (with the sha256 drizzle also stores in
 * drizzle.__drizzle_migrations). Returns the new ones, in journal order, and every problem that
 * would make production skip or diverge from a migration.
 */
export function selectMigrationsToLint(input: {
  journal: JournalEntry[];
  /** sha256 of every .sql file in the migrations folder, by file name. */
  files: Record<string, string>;
  released: ReleasedMigration[];
}): { toLint: string[]; problems: string[] } {
  const problems: string[] = [];
  const inJournal = new Set(input.journal.map((entry) => `${entry.tag}.sql`));
  const released = new Map(input.released.map((entry) => [entry.migration, entry.sha256]));
  for (const file of Object.keys(input.files).filter((name) => !inJournal.has(name)).sort()) {
    problems.push(`${file} is not in meta/_journal.json, so drizzle never applies it: write migrations with npm run db:generate`);
  }
  for (const [file, sha256] of released) {
    if (!inJournal.has(file)) problems.push(`released.json lists ${file}, which the journal no longer has: a released migration is never removed`);
    else if (input.files[file] === undefined) problems.push(`${file} is released but its file is missing`);
    else if (input.files[file] !== sha256) {
      problems.push(`${file} changed after it was released: production never runs it again, so write a new migration instead`);
    }
  }
  const toLint: string[] = [];
  const lastReleasedWhen = Math.max(...input.journal.filter((entry) => released.has(`${entry.tag}.sql`)).map((entry) => entry.when));
  for (const entry of input.journal) {
    const file = `${entry.tag}.sql`;
    if (released.has(file)) continue;
    if (input.files[file] === undefined) problems.push(`${file} is in meta/_journal.json but the file is missing`);
    else toLint.push(file);
    // drizzle's migrator only applies entries newer than the last one the database recorded.
    if (entry.when <= lastReleasedWhen) {
      problems.push(`${file} is dated before the last released migration, so drizzle would skip it in production: generate it again`);
    }
  }
  return { toLint, problems };
}

const fileName = (file: string) => file.split(/[\\/]/).pop() ?? file;

export type WaiverVerdict = {
  unwaived: SquawkFinding[];
  waived: { waiver: Waiver; findings: SquawkFinding[] }[];
  /** Waivers that no longer describe what squawk reports: they fail the check until updated. */
  stale: { waiver: Waiver; problem: string }[];
};

/** Matches findings of the linted migrations against the waivers, by migration and rule. */
export function applyWaivers(input: { findings: SquawkFinding[]; waivers: Waiver[]; linted: string[]; known: string[] }): WaiverVerdict {
  const groups = new Map<string, SquawkFinding[]>();
  for (const finding of input.findings) {
    const key = `${fileName(finding.file)} ${finding.rule_name}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  const verdict: WaiverVerdict = { unwaived: [], waived: [], stale: [] };
  const seen = new Set<string>();
  for (const waiver of input.waivers) {
    const key = `${waiver.migration} ${waiver.rule}`;
    if (!input.known.includes(waiver.migration)) {
      verdict.stale.push({ waiver, problem: "names a migration that does not exist" });
    } else if (seen.has(key)) {
      verdict.stale.push({ waiver, problem: "repeats another waiver for the same migration and rule" });
    } else if (input.linted.includes(waiver.migration)) {
      const findings = groups.get(key) ?? [];
      if (findings.length === 0) verdict.stale.push({ waiver, problem: "matches no finding: remove it" });
      else if (waiver.count !== undefined && waiver.count !== findings.length) {
        verdict.stale.push({ waiver, problem: `covers ${waiver.count} findings but squawk reports ${findings.length}: review them` });
      } else {
        verdict.waived.push({ waiver, findings });
        groups.delete(key);
      }
    }
    seen.add(key);
  }
  verdict.unwaived = [...groups.values()].flat().sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return verdict;
}

/** `0004_ai_layer.sql:10:9 prefer-bigint-over-int: …` (1-based, as editors count), then the offending line of `source`. */
export function formatFinding(finding: SquawkFinding, source?: string): string {
  const where = `${fileName(finding.file)}:${finding.line + 1}:${finding.column + 1} ${finding.rule_name}: ${finding.message}`;
  const line = source?.split("\n")[finding.line]?.trim();
  return line ? `${where}\n    | ${line}` : where;
}
