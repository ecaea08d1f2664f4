import { writeFileSync } from "node:fs";
import type pg from "pg";
import { runPhase, type PhaseResult } from "./load";
import { readTableStats, startWaitSampler, tableReadsPerResponse, type WaitSummary } from "./pg-waits";
import { treeCpuSeconds } from "./proc-stats";
import type { Scenario } from "./scenarios";

// One measured phase and what explains it: CPU of the server, PostgreSQL and the Redis front
// (from /proc), database transactions, session states and table reads (from PostgreSQL's views).

export type Diagnostics = {
  serverCpu: number;
  postgresCpu: number;
  redisCpu: number;
  benchCpu: number;
  xactsPerRequest: number;
  serverMsPerRequest: number;
  postgresMsPerRequest: number;
  waits: WaitSummary;
  tableReads: ReturnType<typeof tableReadsPerResponse>;
};

export type Measured = { scenario: Scenario; connections: number; phase: PhaseResult; diagnostics: Diagnostics };

export type MeasureContext = {
  url: string;
  /** Server, postmaster, services child: the process trees whose CPU is counted. */
  pids: { server: number; postgres: number; services: number };
  client: pg.Client;
  /** A second connection, for sampling pg_stat_activity while the first serves the scenario. */
  sampler: pg.Client;
};

async function databaseTransactions(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>("select pg_stat_clear_snapshot(), sum(xact_commit + xact_rollback) as n from pg_stat_database");
  return Number(rows[0]!.n);
}

export async function measurePhase(context: MeasureContext, scenario: Scenario, connections: number, seconds: number): Promise<Measured> {
  const trees = [context.pids.server, context.pids.postgres, context.pids.services];
  const cpuBefore = treeCpuSeconds(trees);
  const benchBefore = process.cpuUsage();
  const xactsBefore = await databaseTransactions(context.client);
  const tablesBefore = await readTableStats(context.client);
  const waitSampler = startWaitSampler(context.sampler);
  const phase = await runPhase(scenario, { url: context.url, connections, seconds });
  const waits = await waitSampler.stop();
  const xactsAfter = await databaseTransactions(context.client);
  const tablesAfter = await readTableStats(context.client);
  const benchCpu = process.cpuUsage(benchBefore);
  const cpuAfter = treeCpuSeconds(trees);
  const used = (i: number) => cpuAfter[i]! - cpuBefore[i]!;
  const responses = Math.max(1, phase.counts.responses);
  return {
    scenario,
    connections,
    phase,
    diagnostics: {
      serverCpu: used(0) / phase.seconds,
      postgresCpu: used(1) / phase.seconds,
      redisCpu: used(2) / phase.seconds,
      benchCpu: (benchCpu.user + benchCpu.system) / 1e6 / phase.seconds,
      // Our own statements in between (the first count, the first table read, one per wait sample) are not the route's.
      xactsPerRequest: phase.counts.responses > 0 ? (xactsAfter - xactsBefore - 2 - waits.samples) / phase.counts.responses : Number.NaN,
      serverMsPerRequest: (used(0) * 1000) / responses,
      postgresMsPerRequest: (used(1) * 1000) / responses,
      waits,
      tableReads: tableReadsPerResponse(tablesBefore, tablesAfter, phase.counts.responses),
    },
  };
}

/** One request of the scenario, checked as the load checks each response: a broken route is reported, not timed. */
export async function sampleRequest(baseUrl: string, scenario: Scenario, keepAs: string): Promise<string | null> {
  const spec = scenario.next();
  try {
    const response = await fetch(new URL(spec.path, baseUrl), {
      method: spec.method,
      headers: spec.headers,
      body: spec.body ? new Uint8Array(spec.body) : undefined,
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    const body = await response.text();
    // Kept with the server log (--keep): what the route answered, for a reader who doubts a figure.
    writeFileSync(keepAs, `${spec.method} ${spec.path}\n${response.status} ${JSON.stringify(Object.fromEntries(response.headers))}\n\n${body}`);
    const reason = spec.check(response.status, body, Object.fromEntries(response.headers));
    return reason ? `${reason} — ${JSON.stringify(body.slice(0, 200))}` : null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
