import pg from "pg";
import { redactDatabaseUrl } from "@/drizzle/drivers/select-driver";
import { redactSecrets } from "./commands";
import { BackupError } from "./errors";
import { parseServerVersionNum, type PgVersion } from "./versions";

export type ServerFacts = { version: PgVersion; database: string; extensions: string[] };

/** The server's version and the extensions installed in the database, read before pg_dump / pg_restore run. */
export async function inspectServer(url: string): Promise<ServerFacts> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // A dropped connection also rejects the pending query (reported below); the event alone must not crash the script.
  client.on("error", () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ num: string; database: string; extensions: string[] }>(
      `select current_setting('server_version_num') as num, current_database() as database,
              array(select extname::text from pg_extension order by extname) as extensions`,
    );
    const [row] = rows;
    if (!row) throw new Error("the server answered with no rows");
    return { version: parseServerVersionNum(row.num), database: row.database, extensions: row.extensions };
  } catch (error) {
    const message = error instanceof Error ? error.message || String((error as NodeJS.ErrnoException).code) : String(error);
    throw new BackupError(`cannot read the server version of ${redactDatabaseUrl(url)}: ${redactSecrets(message, url)}`);
  } finally {
    await client.end().catch((error: unknown) => console.error("closing the version-check connection failed:", error));
  }
}
