import type pg from "pg";

// What the app's database sessions are doing during a phase, sampled from pg_stat_activity:
// running ("active/CPU"), waiting on a lock, or holding a transaction open while the app works
// ("idle in transaction") — the difference between a slow query, contention and a busy server.

export type WaitSummary = { samples: number; average: { state: string; sessions: number }[] };

export function startWaitSampler(client: pg.Client, intervalMs = 200): { stop(): Promise<WaitSummary> } {
  const totals = new Map<string, number>();
  let samples = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      try {
        const { rows } = await client.query<{ state: string; n: number }>(
          `select coalesce(state, '?') || '/' || coalesce(wait_event_type || ':' || wait_event, 'CPU') as state, count(*)::int as n
           from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid() and state <> 'idle' group by 1`,
        );
        samples += 1;
        for (const row of rows) totals.set(row.state, (totals.get(row.state) ?? 0) + row.n);
      } catch (error) {
        // The connection closes under us when the run is interrupted; otherwise say why sampling stopped.
        if (!stopped) console.error("bench: sampling pg_stat_activity stopped:", error instanceof Error ? error.message : error);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      const average = [...totals].map(([state, n]) => ({ state, sessions: n / Math.max(1, samples) })).sort((a, b) => b.sessions - a.sessions);
      return { samples, average };
    },
  };
}

export type TableReads = Map<string, { seqScans: number; seqRows: number; indexRows: number }>;

/** Cumulative per-table reads (pg_stat_user_tables); the difference over a phase shows which tables a route scans. */
export async function readTableStats(client: pg.Client): Promise<TableReads> {
  const { rows } = await client.query<{ relname: string; seq_scan: string; seq_tup_read: string; idx_tup_fetch: string | null }>(
    `select pg_stat_clear_snapshot(), relname, seq_scan, seq_tup_read, idx_tup_fetch from pg_stat_user_tables`,
  );
  return new Map(rows.map((row) => [row.relname, { seqScans: Number(row.seq_scan), seqRows: Number(row.seq_tup_read), indexRows: Number(row.idx_tup_fetch ?? 0) }]));
}

/** Tables read most per response during a phase: rows by sequential scan, and by index. */
export function tableReadsPerResponse(before: TableReads, after: TableReads, responses: number, top = 3): { table: string; seqRows: number; seqScans: number; indexRows: number }[] {
  const per = (value: number) => value / Math.max(1, responses);
  return [...after]
    .map(([table, now]) => {
      const then = before.get(table) ?? { seqScans: 0, seqRows: 0, indexRows: 0 };
      return { table, seqRows: per(now.seqRows - then.seqRows), seqScans: per(now.seqScans - then.seqScans), indexRows: per(now.indexRows - then.indexRows) };
    })
    .filter((row) => row.seqRows >= 50 || row.indexRows >= 50)
    .sort((a, b) => b.seqRows + b.indexRows - (a.seqRows + a.indexRows))
    .slice(0, top);
}
