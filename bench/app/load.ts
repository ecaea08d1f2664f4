import autocannon from "autocannon";
import type { RequestSpec, Scenario } from "./scenarios";
import { summarizePhase, type PhaseCounts, type PhaseSummary } from "./stats";

// One autocannon run of one scenario: every request is built by the scenario (its user, body and
// check), every response checked, every latency kept (autocannon's histogram has no p95).

export type PhaseResult = PhaseSummary & {
  counts: PhaseCounts;
  seconds: number;
  /** Why responses failed, most frequent first, with one sample body each. */
  failures: { reason: string; count: number; sample: string }[];
};

let running: { stop(): void } | null = null;

/** Stops the run in progress (Ctrl-C): autocannon then resolves with what it has. */
export function stopRunningLoad(): void {
  running?.stop();
}

export async function runPhase(scenario: Scenario, options: { url: string; connections: number; seconds: number }): Promise<PhaseResult> {
  const latencies: number[] = [];
  const counts: PhaseCounts = { responses: 0, badResponses: 0, socketErrors: 0, timeouts: 0 };
  const failures = new Map<string, { reason: string; count: number; sample: string }>();
  type Context = { spec?: RequestSpec };
  const instance = autocannon<Context>({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    timeout: 10,
    requests: [
      {
        setupRequest: (request, context) => {
          const spec = scenario.next();
          context.spec = spec;
          return { ...request, method: spec.method, path: spec.path, headers: spec.headers, body: spec.body ?? Buffer.alloc(0) };
        },
        onResponse: (status, body, context, headers) => {
          counts.responses += 1;
          const reason = context.spec ? context.spec.check(status, body ?? "", headers ?? {}) : "response without a request";
          if (reason === null) return;
          counts.badResponses += 1;
          const entry = failures.get(reason) ?? { reason, count: 0, sample: (body ?? "").slice(0, 300) };
          entry.count += 1;
          failures.set(reason, entry);
        },
      },
    ],
    setupClient: (client) => {
      client.on("response", (_status, _bytes, ms) => latencies.push(ms));
    },
  });
  running = instance;
  const started = performance.now();
  try {
    const result = await instance;
    const seconds = (performance.now() - started) / 1000;
    counts.socketErrors = result.errors - result.timeouts;
    counts.timeouts = result.timeouts;
    // autocannon's duration excludes its start-up; our own wall clock includes connecting, so use autocannon's when it has one.
    const measured = result.duration > 0 ? result.duration : seconds;
    return { ...summarizePhase(latencies, measured, counts), counts, seconds: measured, failures: [...failures.values()].sort((a, b) => b.count - a.count) };
  } finally {
    running = null;
  }
}
