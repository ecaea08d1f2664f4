// `pg_restore --list` prints a dump's table of contents: a header of `;` comments, then one line per
// entry, `<dumpId>; <tableoid> <oid> <TYPE WORDS> <schema or -> <name> <owner>`.

export type RestoreListEntry = { line: string; dumpId: number; type: string; schema: string; name: string };

export type RestoreList = {
  header: { createdAt?: string; dbname?: string; dumpedFrom?: string; dumpedBy?: string };
  entries: RestoreListEntry[];
};

const HEADER_FIELDS = {
  dbname: "dbname",
  "Dumped from database version": "dumpedFrom",
  "Dumped by pg_dump version": "dumpedBy",
} as const;

export function parseRestoreList(text: string): RestoreList {
  const header: RestoreList["header"] = {};
  const entries: RestoreListEntry[] = [];
  for (const line of text.split("\n")) {
    const created = /^;\s*Archive created at (.+)$/.exec(line);
    if (created) header.createdAt = created[1]?.trim();
    const comment = /^;\s*([^:]+):\s*(.+)$/.exec(line);
    if (comment) {
      const key = HEADER_FIELDS[comment[1]?.trim() as keyof typeof HEADER_FIELDS];
      if (key) header[key] = comment[2]?.trim();
      continue;
    }
    const entry = /^(\d+); \d+ \d+ (.*)$/.exec(line);
    if (!entry) continue;
    const words = (entry[2] ?? "").split(" ");
    // The type is the run of upper-case words (TABLE DATA, FK CONSTRAINT, SEQUENCE OWNED BY …).
    const typeWords: string[] = [];
    while (words.length > 0 && /^[A-Z]+$/.test(words[0] ?? "")) typeWords.push(words.shift() as string);
    const [schema = "", ...rest] = words;
    entries.push({ line, dumpId: Number(entry[1]), type: typeWords.join(" "), schema, name: rest.join(" ").trim() });
  }
  return { header, entries };
}

/** The extensions the dump would create (`EXTENSION - vector`). */
export function dumpedExtensions(list: RestoreList): string[] {
  return list.entries.filter((entry) => entry.type === "EXTENSION").map((entry) => entry.name.split(" ")[0] ?? "");
}

/** Tables whose rows the dump holds, as schema.table. */
export function dumpedTables(list: RestoreList): string[] {
  return list.entries.filter((entry) => entry.type === "TABLE DATA").map((entry) => `${entry.schema}.${entry.name.split(" ")[0]}`);
}

/** One paragraph for the operator: where the dump came from and what it holds. */
export function formatRestoreListSummary(list: RestoreList): string[] {
  const { header, entries } = list;
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.type, (counts.get(entry.type) ?? 0) + 1);
  const byType = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([type, count]) => `${count} ${type}`);
  const schemas = entries.filter((entry) => entry.type === "SCHEMA").map((entry) => entry.name.split(" ")[0]);
  const extensions = dumpedExtensions(list);
  return [
    `made ${header.createdAt ?? "at an unknown time"} from database ${header.dbname ?? "?"} (PostgreSQL ${header.dumpedFrom ?? "?"}) by pg_dump ${header.dumpedBy ?? "?"}`,
    `contents: ${entries.length} entries (${byType.join(", ")})`,
    `tables with data: ${dumpedTables(list).length}; extensions: ${extensions.join(", ") || "none"}; schemas besides public: ${schemas.join(", ") || "none"}`,
  ];
}

/**
 * The list to restore with, leaving out extensions the target already has (and their comments).
 * `--clean` would otherwise DROP them, which needs the extension's owner — often the platform's
 * superuser — and would gain nothing: the installed extension is kept as it is.
 */
export function listWithoutInstalledExtensions(list: RestoreList, installed: readonly string[]): { text: string; kept: string[] } {
  const keep = new Set(dumpedExtensions(list).filter((name) => installed.includes(name)));
  const skipped = (entry: RestoreListEntry) =>
    (entry.type === "EXTENSION" && keep.has(entry.name.split(" ")[0] ?? "")) ||
    (entry.type === "COMMENT" && entry.schema === "-" && /^EXTENSION (\S+)/.test(entry.name) && keep.has(entry.name.split(" ")[1] ?? ""));
  const lines = list.entries.map((entry) => (skipped(entry) ? `;${entry.line}` : entry.line));
  return { text: `${lines.join("\n")}\n`, kept: [...keep] };
}
