import pg from "pg";

// A fingerprint of every table's contents: equal before and after a batch of refused requests
// proves they changed nothing (no half-written row, no moved timestamp).

export async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** table → md5 of its rows (ordered by their text), for every table of the public schema but the migrations journal. */
export async function databaseFingerprint(client: pg.Client): Promise<Map<string, string>> {
  const tables = await client.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by tablename`);
  const prints = new Map<string, string>();
  for (const { name } of tables.rows) {
    const { rows } = await client.query<{ n: number; digest: string | null }>(`select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as digest from public."${name}" t`);
    prints.set(name, `${rows[0]!.n}:${rows[0]!.digest ?? "-"}`);
  }
  return prints;
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((table) => before.get(table) !== after.get(table));
}
