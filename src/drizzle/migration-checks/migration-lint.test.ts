import { describe, expect, it } from "vitest";
import {
  applyWaivers,
  formatFinding,
  parseReleased,
  parseSquawkFindings,
  parseWaivers,
  selectMigrationsToLint,
  type SquawkFinding,
  type Waiver,
} from "./migration-lint";

const SHA = { a: "a".repeat(64), b: "b".repeat(64), c: "c".repeat(64), d: "d".repeat(64) };
const journal = [
  { tag: "0000_enable_extensions", when: 100 },
  { tag: "0001_initial_tables", when: 200 },
  { tag: "0002_ai_layer", when: 300 },
];
const files = { "0000_enable_extensions.sql": SHA.a, "0001_initial_tables.sql": SHA.b, "0002_ai_layer.sql": SHA.c };
const released = [
  { migration: "0000_enable_extensions.sql", sha256: SHA.a },
  { migration: "0001_initial_tables.sql", sha256: SHA.b },
];

function finding(rule: string, line = 0, file = "/repo/src/drizzle/migrations/0002_ai_layer.sql"): SquawkFinding {
  return { file, line, column: 0, level: "Warning", message: `${rule} message`, rule_name: rule };
}

function waiver(rule: string, extra: Partial<Waiver> = {}): Waiver {
  return { migration: "0002_ai_layer.sql", rule, reason: "safe here because the table is created in this migration", reviewer: "Ada", ...extra };
}

describe("selectMigrationsToLint", () => {
  it("lints only the migrations released.json does not list, in journal order", () => {
    expect(selectMigrationsToLint({ journal, files, released })).toEqual({ toLint: ["0002_ai_layer.sql"], problems: [] });
    expect(selectMigrationsToLint({ journal, files, released: [] }).toLint).toEqual(Object.keys(files));
  });

  it("lints nothing once every migration is released", () => {
    const all = [...released, { migration: "0002_ai_layer.sql", sha256: SHA.c }];
    expect(selectMigrationsToLint({ journal, files, released: all })).toEqual({ toLint: [], problems: [] });
  });

  it("fails a released migration whose file was edited afterwards", () => {
    const { problems } = selectMigrationsToLint({ journal, files: { ...files, "0001_initial_tables.sql": SHA.d }, released });
    expect(problems).toEqual([expect.stringMatching(/^0001_initial_tables\.sql changed after it was released/)]);
  });

  it("fails a released migration that disappeared from the journal", () => {
    const { problems } = selectMigrationsToLint({ journal: journal.filter((entry) => entry.when !== 200), files, released });
    expect(problems.join("\n")).toMatch(/released\.json lists 0001_initial_tables\.sql, which the journal no longer has/);
  });

  it("fails a SQL file drizzle would never apply because the journal does not list it", () => {
    const { problems, toLint } = selectMigrationsToLint({ journal, files: { ...files, "0003_hand_written.sql": SHA.d }, released });
    expect(problems).toEqual([expect.stringMatching(/^0003_hand_written\.sql is not in meta\/_journal\.json/)]);
    expect(toLint).toEqual(["0002_ai_layer.sql"]);
  });

  it("fails a journal entry without its file", () => {
    const { problems, toLint } = selectMigrationsToLint({ journal, files: { "0000_enable_extensions.sql": SHA.a, "0001_initial_tables.sql": SHA.b }, released });
    expect(problems).toEqual(["0002_ai_layer.sql is in meta/_journal.json but the file is missing"]);
    expect(toLint).toEqual([]);
  });

  it("fails a new migration dated before the last released one, which drizzle would skip in production", () => {
    const late = [...journal.slice(0, 2), { tag: "0002_ai_layer", when: 150 }];
    expect(selectMigrationsToLint({ journal: late, files, released }).problems).toEqual([
      expect.stringMatching(/^0002_ai_layer\.sql is dated before the last released migration/),
    ]);
  });
});

describe("applyWaivers", () => {
  const linted = ["0002_ai_layer.sql"];
  const known = Object.keys(files);

  it("waives every finding of a waived rule in that migration and keeps the others", () => {
    const findings = [finding("prefer-bigint-over-int", 9), finding("prefer-bigint-over-int", 33), finding("require-lock-timeout")];
    const verdict = applyWaivers({ findings, waivers: [waiver("prefer-bigint-over-int")], linted, known });
    expect(verdict.waived).toHaveLength(1);
    expect(verdict.waived[0]?.findings).toHaveLength(2);
    expect(verdict.unwaived.map((item) => item.rule_name)).toEqual(["require-lock-timeout"]);
    expect(verdict.stale).toEqual([]);
  });

  it("does not let a waiver for one migration cover the same rule in another", () => {
    const other = finding("require-lock-timeout", 0, "/repo/src/drizzle/migrations/0003_next.sql");
    const verdict = applyWaivers({
      findings: [other],
      waivers: [waiver("require-lock-timeout")],
      linted: [...linted, "0003_next.sql"],
      known: [...known, "0003_next.sql"],
    });
    expect(verdict.unwaived).toEqual([other]);
    expect(verdict.stale.map((item) => item.problem)).toEqual(["matches no finding: remove it"]);
  });

  it("treats a count that no longer matches as a new finding to review", () => {
    const findings = [finding("prefer-bigint-over-int", 9), finding("prefer-bigint-over-int", 40)];
    const verdict = applyWaivers({ findings, waivers: [waiver("prefer-bigint-over-int", { count: 1 })], linted, known });
    expect(verdict.unwaived).toHaveLength(2);
    expect(verdict.stale.map((item) => item.problem)).toEqual(["covers 1 findings but squawk reports 2: review them"]);
  });

  it("reports waivers for unknown migrations and duplicates, and ignores waivers of released migrations", () => {
    const verdict = applyWaivers({
      findings: [finding("require-lock-timeout")],
      waivers: [
        waiver("require-lock-timeout"),
        waiver("require-lock-timeout"),
        waiver("ban-drop-column", { migration: "0009_gone.sql" }),
        waiver("prefer-bigint-over-int", { migration: "0001_initial_tables.sql" }),
      ],
      linted,
      known,
    });
    expect(verdict.unwaived).toEqual([]);
    expect(verdict.stale.map((item) => `${item.waiver.migration} ${item.problem}`)).toEqual([
      "0002_ai_layer.sql repeats another waiver for the same migration and rule",
      "0009_gone.sql names a migration that does not exist",
    ]);
  });
});

describe("parsing the waiver, release and squawk files", () => {
  it("accepts a complete waiver and rejects one without a real reason or a reviewer", () => {
    expect(parseWaivers({ $comment: "kept", waivers: [waiver("require-lock-timeout", { count: 1 })] })).toHaveLength(1);
    expect(() => parseWaivers({ waivers: [waiver("require-lock-timeout", { reason: "safe" })] })).toThrow(/reason says why/);
    expect(() => parseWaivers({ waivers: [{ ...waiver("require-lock-timeout"), reviewer: "" }] })).toThrow(/reviewer/);
    expect(() => parseWaivers({ waivers: [waiver("require-lock-timeout", { migration: "0004_ai_layer" })] })).toThrow(/migration file name/);
  });

  it("requires a sha256 for every released migration", () => {
    expect(parseReleased({ released })).toEqual(released);
    expect(() => parseReleased({ released: [{ migration: "0000_enable_extensions.sql" }] })).toThrow(/released\.json is invalid/);
  });

  it("reads squawk's JSON report and formats a finding 1-based with its source line", () => {
    const [parsed] = parseSquawkFindings([{ ...finding("prefer-bigint-over-int", 1), column: 8, help: "use bigint", line_end: 1 }]);
    expect(formatFinding(parsed!, 'CREATE TABLE "x" (\n\t"slot" integer NOT NULL,\n);')).toBe(
      '0002_ai_layer.sql:2:9 prefer-bigint-over-int: prefer-bigint-over-int message\n    | "slot" integer NOT NULL,',
    );
    expect(() => parseSquawkFindings([{ file: "x.sql" }])).toThrow(/squawk's JSON report is invalid/);
  });
});
