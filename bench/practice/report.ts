import os from "node:os";
import pg from "pg";

export type Timing = { operation: string; samples: number[]; statements: number };

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export function formatTable(timings: readonly Timing[]): string {
  const header = ["operation", "n", "median ms", "p95 ms", "p99 ms", "max ms", "SQL stmts/op"];
  const rows = timings.map((timing) => {
    const sorted = [...timing.samples].sort((a, b) => a - b);
    const ms = (value: number) => value.toFixed(2);
    return [
      timing.operation,
      String(sorted.length),
      ms(percentile(sorted, 50)),
      ms(percentile(sorted, 95)),
      ms(percentile(sorted, 99)),
      ms(sorted.at(-1) ?? Number.NaN),
      (timing.statements / Math.max(1, sorted.length)).toFixed(1),
    ];
  });
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

export async function machineLines(client: pg.Client): Promise<string[]> {
  const cpus = os.cpus();
  const { rows } = await client.query<{ version: string }>("select version()");
  return [
    `cpu:        ${cpus[0]?.model ?? "unknown"} × ${cpus.length} cores (${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM)`,
    `node:       ${process.version} on ${os.platform()} ${os.release()}`,
    `postgresql: ${rows[0]?.version ?? "unknown"}`,
    loadLine(),
  ];
}

/** Other processes on a 2-core machine move the tail figures; the load average says how busy it was. */
export function loadLine(): string {
  return `load:       ${os.loadavg().map((n) => n.toFixed(2)).join(" / ")} (1 / 5 / 15-min average)`;
}

type Captured = { text: string; values: unknown[] };
export type StatementCost = { label: string; count: number; ms: number };

/**
 * Counts and times the statements the app's pg Pool sends while `recording` (every pooled client
 * is a pg.Client), and keeps the last statement matching `capture` so its plan can be explained
 * with the same parameters. A statement's time runs from the call to its result (round trip included).
 */
export function spyOnStatements(capture: RegExp) {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const state = { recording: false, count: 0, captured: null as Captured | null, costs: new Map<string, StatementCost>() };
  proto.query = function (this: unknown, ...args: unknown[]) {
    const recording = state.recording;
    if (recording) state.count += 1;
    const [first, second] = args;
    const text = typeof first === "string" ? first : (first as { text?: string } | null)?.text;
    const values = Array.isArray(second) ? second : ((first as { values?: unknown[] } | null)?.values ?? []);
    if (text && capture.test(text)) state.captured = { text, values };
    if (!recording || !text) return original.apply(this, args);
    const label = text.replace(/\s+/g, " ").trim().slice(0, 72);
    const started = performance.now();
    const record = () => {
      const cost = state.costs.get(label) ?? { label, count: 0, ms: 0 };
      cost.count += 1;
      cost.ms += performance.now() - started;
      state.costs.set(label, cost);
    };
    // Pool.query passes a callback; the app's own clients (transactions) use the promise.
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (...results: unknown[]) => {
        record();
        return (last as (...results: unknown[]) => unknown)(...results);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    // Observed only: the caller still gets the original promise and its rejection.
    if (result instanceof Promise) result.then(record, record);
    return result;
  };
  return {
    set recording(on: boolean) {
      state.recording = on;
    },
    get count() {
      return state.count;
    },
    get captured() {
      return state.captured;
    },
    /** Starts a fresh per-statement tally; returns the one so far. */
    takeCosts(): StatementCost[] {
      const costs = [...state.costs.values()];
      state.costs = new Map();
      return costs;
    },
    restore() {
      proto.query = original;
    },
  };
}

/** Mean time per operation of each statement, slowest first. */
export function formatCosts(costs: readonly StatementCost[], operations: number): string[] {
  return [...costs]
    .sort((a, b) => b.ms - a.ms)
    .map((cost) => `${(cost.ms / operations).toFixed(2).padStart(7)} ms  ×${(cost.count / operations).toFixed(1)}  ${cost.label}`);
}

/** EXPLAIN (ANALYZE, BUFFERS) of a captured statement: the plan's node lines and its timings. */
export async function explainSummary(client: pg.Client, statement: Captured, maxNodes = 28): Promise<string[]> {
  const { rows } = await client.query<{ "QUERY PLAN": string }>(`explain (analyze, buffers) ${statement.text}`, statement.values);
  const lines = rows.map((row) => row["QUERY PLAN"]);
  const nodes = lines.filter((line, i) => i === 0 || line.trimStart().startsWith("->") || /^\s*CTE /.test(line));
  const shown = nodes.slice(0, maxNodes);
  const topBuffers = lines.find((line) => line.trimStart().startsWith("Buffers:"));
  return [
    ...shown,
    ...(nodes.length > shown.length ? [`  … ${nodes.length - shown.length} more nodes`] : []),
    ...(topBuffers ? [`top node ${topBuffers.trim()}`] : []),
    ...lines.filter((line) => /^(Planning|Execution) Time/.test(line)),
  ];
}
