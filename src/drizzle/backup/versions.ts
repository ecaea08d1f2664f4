// pg_dump refuses a server of a newer major version, and an older pg_restore may not understand
// what a newer server needs; both scripts compare the client with the server before touching data.

export type PgTool = "pg_dump" | "pg_restore";

export type PgVersion = { major: number; minor: number; label: string };

/** Reads `pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)` (or pg_restore's, or `18beta1`). */
export function parseClientVersion(output: string): PgVersion {
  const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?([A-Za-z]\w*)?/.exec(output);
  if (!match) throw new Error(`cannot read a PostgreSQL version from "${output.trim()}"`);
  const [, major, minor, suffix] = match;
  const label = `${major}${minor === undefined ? "" : `.${minor}`}${suffix ?? ""}`;
  return { major: Number(major), minor: Number(minor ?? 0), label };
}

/** Reads `SHOW server_version_num`: 170002 → 17.2 (and 90624 → 9.6, the numbering before PostgreSQL 10). */
export function parseServerVersionNum(value: string | number): PgVersion {
  const num = Number(value);
  if (!Number.isInteger(num) || num < 90000) throw new Error(`unexpected server_version_num "${value}"`);
  if (num < 100000) {
    const major = Math.floor(num / 10000);
    const minor = Math.floor(num / 100) % 100;
    return { major, minor, label: `${major}.${minor}.${num % 100}` };
  }
  const major = Math.floor(num / 10000);
  const minor = num % 10000;
  return { major, minor, label: `${major}.${minor}` };
}

const INSTALL_HINT = (major: number) =>
  `install postgresql-client-${major} (apt.postgresql.org; on macOS brew install postgresql@${major})`;

/** Why `tool` at `client` must not run against `server`, or null when it may. */
export function findVersionProblem(tool: PgTool, client: PgVersion, server: PgVersion): string | null {
  if (client.major >= server.major) return null;
  const action = tool === "pg_dump" ? "dump" : "restore into";
  const job = tool === "pg_dump" ? "backup" : "restore";
  return (
    `${tool} ${client.label} cannot ${action} a PostgreSQL ${server.label} server: ${INSTALL_HINT(server.major)} ` +
    `or run the ${job} from a machine that has it (--pg-bin DIR points at its bin directory)`
  );
}

/** What to say when the tool is not installed at all. */
export function toolNotFoundMessage(tool: PgTool, pgBin: string | undefined, server?: PgVersion): string {
  const where = pgBin ? `in ${pgBin}` : "on PATH";
  const hint = server ? INSTALL_HINT(server.major) : "install the PostgreSQL client tools of your server's major version or newer (postgresql-client-N)";
  return `${tool} was not found ${where}: ${hint}`;
}
