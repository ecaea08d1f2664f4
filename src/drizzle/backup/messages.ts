// What the operator reads when pg_restore refuses a file or a restore fails: the tool's words, plus what to do.
import type { PgVersion } from "./versions";

/** `pg_restore --list FILE` failed: the file is not a dump, or a newer pg_dump made it. */
export function explainListFailure(file: string, stderr: string, restore: PgVersion): string {
  const detail = stderr.trim();
  if (/unsupported version .* in file header/.test(detail)) {
    return `${file} was made by a newer pg_dump than pg_restore ${restore.label} can read: install the postgresql-client of the version that made it ` +
      `(apt.postgresql.org), or use --pg-bin DIR\n${detail}`;
  }
  return `${file} is not a dump pg_restore can read (db:backup writes custom-format dumps):\n${detail}`;
}

/** pg_restore failed: with --single-transaction nothing was changed; say why and what helps. */
export function explainRestoreFailure(stderr: string, exitCode: number | null): string {
  const detail = stderr.trim();
  const hints: string[] = [];
  const extension = /permission denied to create extension "([^"]+)"/.exec(detail);
  if (extension) {
    hints.push(`the database user may not create the ${extension[1]} extension: have its owner or a superuser run ` +
      `CREATE EXTENSION ${extension[1]}; in the target database (on Neon, a role in neon_superuser may), then restore again`);
  }
  if (/must be owner of/.test(detail)) hints.push("objects in the target belong to another role: restore as their owner, or into an empty database");
  if (/cannot drop .* because other objects depend on it/.test(detail)) {
    hints.push("the target has objects the dump does not know (a newer migration?): restore into an empty database, or one at the dump's migration");
  }
  return [
    `pg_restore failed (exit ${exitCode}); it ran in a single transaction, so the database is as it was before.`,
    ...hints.map((hint) => `hint: ${hint}`),
    detail,
  ].join("\n");
}

/** A dump from a newer PostgreSQL can use syntax an older server rejects; worth a warning, not a refusal. */
export function dumpSourceWarning(dumpedFrom: string | undefined, server: PgVersion): string | null {
  const major = Number(/^(\d+)/.exec(dumpedFrom ?? "")?.[1]);
  if (!Number.isInteger(major) || major <= server.major) return null;
  return `warning: the dump comes from PostgreSQL ${dumpedFrom}, the target runs ${server.label}: objects using newer features may fail (and then nothing is restored)`;
}
