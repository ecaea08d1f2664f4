import type { Measured } from "./measure";
import type { ServerHandle } from "./server";
import type { Scenario } from "./scenarios";
import type { TableRow } from "./report";
import { summarizeByPlace, summarizeProfiles } from "./profile";

// The explanations printed under the table.

export function printNotes(rows: readonly TableRow[], connections: readonly number[]): void {
  const needed = connections.map((n) => {
    const limit = n === 10 ? 25 : 100;
    return `${n} connections at p95 ≤ ${limit} ms need ≳ ${Math.round((n / limit) * 1000)} req/s`;
  });
  console.log(`notes: each connection sends its next request when the last one is answered, so latency ≈ connections ÷ req/s once the server is saturated (${needed.join("; ")}).`);
  if (rows.some((row) => !row.ceiling && (row.ratio_to_ceiling ?? 0) > 1)) {
    console.log("       a ratio above 1: that route is faster than /api/ping — src/proxy.ts runs Arcjet (shield + bot detection, WASM) on /api/* only, so pages skip what the ceiling pays.");
  }
}

export function printDiagnostics(measured: readonly Measured[]): void {
  console.log("\nwhere the time went, per measurement: CPU cores busy (2 = both) and CPU ms per response of the Next.js server and PostgreSQL,");
  console.log("≈ database transactions per response, what the app's database sessions were doing (average sessions, from pg_stat_activity)");
  console.log("and the tables read most per response (pg_stat_user_tables; statistics lag up to a second, so figures are approximate):");
  for (const { scenario, connections, diagnostics: d } of measured) {
    const waits = d.waits.average.slice(0, 3).map((wait) => `${wait.state} ${wait.sessions.toFixed(1)}`).join(", ") || "none";
    const xacts = Number.isFinite(d.xactsPerRequest) ? d.xactsPerRequest.toFixed(1) : "—";
    console.log(
      `  ${`${scenario.name} @${connections}`.padEnd(30)} next ${d.serverCpu.toFixed(2)} (${d.serverMsPerRequest.toFixed(1)} ms/resp)  pg ${d.postgresCpu.toFixed(2)} (${d.postgresMsPerRequest.toFixed(1)} ms/resp)  ` +
        `redis+front ${d.redisCpu.toFixed(2)}  autocannon ${d.benchCpu.toFixed(2)}  xacts/resp ${xacts}  sessions: ${waits}`,
    );
    const reads = d.tableReads.map((read) => `${read.table} ${read.seqRows.toFixed(0)} by seq scan (${read.seqScans.toFixed(1)} scans) + ${read.indexRows.toFixed(0)} by index`).join("; ");
    if (reads) console.log(`  ${"".padEnd(30)} rows read per response: ${reads}`);
  }
}

export function printRoutesAndLog(scenarios: readonly Scenario[], server: ServerHandle): void {
  console.log("\nroutes:");
  for (const scenario of scenarios) console.log(`  ${scenario.name.padEnd(26)} ${scenario.describe}`);
  const lines = server.logSummary();
  console.log(`\nserver log (LOG_LEVEL=warn): ${lines.reduce((sum, line) => sum + line.count, 0)} lines${lines.length ? ", most frequent:" : ""}`);
  for (const line of lines.slice(0, 6)) console.log(`  ${String(line.count).padStart(6)}× ${line.level}: ${line.msg}`);
}

export function printProfile(dir: string): void {
  const { totalMs, lines } = summarizeProfiles(dir);
  console.log(`\nserver CPU profile (${(totalMs / 1000).toFixed(1)} s of samples, whole run incl. start-up and warm-ups; self time):`);
  for (const line of summarizeByPlace(dir)) console.log(`  ${(line.share * 100).toFixed(1).padStart(5)}%  ${line.name}`);
  console.log("  busiest functions:");
  for (const line of lines) console.log(`  ${(line.share * 100).toFixed(1).padStart(5)}%  ${line.name}  ${line.where}`);
}
