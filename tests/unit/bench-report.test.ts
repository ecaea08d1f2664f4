import { describe, expect, it } from "vitest";
import { countMisses, finiteOrNull, formatTable, machineInfo, resultsSchema, toRouteResult, type TableRow } from "../../bench/app/report";

const route = { name: "dashboard", connections: 10, rps: 120.5, p50_ms: 20, p95_ms: 45, p99_ms: 60, errors: 0, ratio_to_ceiling: 0.4 };
const valid = {
  machine: { cpu: "AMD EPYC", cores: 2, memory_gb: 23.5, node: "v20.20.2", postgres: "PostgreSQL 15.20", load_avg: [1, 0.5, 0.2], date: "2026-12-03T00:00:00.000Z", commit: "f3bbb24", quick: false },
  routes: [route],
  lighthouse: [{ page: "dashboard", performance: 0.91, accessibility: 1, best_practices: 1, lcp_ms: 1800, tbt_ms: 40, cls: 0 }],
  first_load_js_kb: { dashboard: 180.4 },
};

describe("bench/results.json", () => {
  it("accepts the documented shape", () => {
    expect(resultsSchema.parse(valid)).toEqual(valid);
  });

  it("refuses unknown keys at the top level and in machine, so the file stays exactly as documented", () => {
    expect(resultsSchema.safeParse({ ...valid, extra: 1 }).success).toBe(false);
    expect(resultsSchema.safeParse({ ...valid, machine: { ...valid.machine, gpu: "none" } }).success).toBe(false);
  });

  it("refuses a route without its figures, a negative error count and a malformed load average", () => {
    const withoutRps: Partial<typeof route> = { ...route };
    delete withoutRps.rps;
    expect(resultsSchema.safeParse({ ...valid, routes: [withoutRps] }).success).toBe(false);
    expect(resultsSchema.safeParse({ ...valid, routes: [{ ...route, errors: -1 }] }).success).toBe(false);
    expect(resultsSchema.safeParse({ ...valid, machine: { ...valid.machine, load_avg: [1, 2] } }).success).toBe(false);
  });

  it("keeps a route that answered nothing as null percentiles (JSON has no NaN)", () => {
    expect(finiteOrNull(Number.NaN)).toBeNull();
    expect(resultsSchema.safeParse({ ...valid, routes: [{ ...route, p50_ms: null, p95_ms: null, p99_ms: null, ratio_to_ceiling: null }] }).success).toBe(true);
  });

  it("describes this machine", () => {
    const machine = machineInfo({ root: process.cwd(), postgres: "PostgreSQL 15.20", loadAvg: [0.5, 0.25, 0.125], quick: true, date: new Date("2026-12-03T00:00:00Z") });
    expect(machine).toMatchObject({ postgres: "PostgreSQL 15.20", load_avg: [0.5, 0.25, 0.13], date: "2026-12-03T00:00:00.000Z", quick: true, node: process.version });
    expect(machine.cores).toBeGreaterThan(0);
    expect(resultsSchema.shape.machine.safeParse(machine).success).toBe(true);
  });
});

describe("bench table", () => {
  const rows: TableRow[] = [
    { ...route, name: "ping (ceiling)", rps: 300, ratio_to_ceiling: 1, target: null, ceiling: true },
    { ...route, target: "dashboard", ceiling: false },
    { ...route, name: "practice answer (action)", p95_ms: 30, errors: 2, ratio_to_ceiling: 0.2, target: "write", ceiling: false },
  ];

  it("prints figures and a ✓/✗ per target", () => {
    const lines = formatTable(rows).split("\n");
    expect(lines[0]).toMatch(/^route\s+conn\s+req\/s\s+p50 ms\s+p95 ms\s+p99 ms\s+errors\s+× ceiling\s+p95 target\s+0 errors\s+≥30% ceiling$/);
    expect(lines[2]).toMatch(/^ping \(ceiling\)\s+10\s+300\s+20\.0\s+45\.0\s+60\.0\s+0\s+1\.00\s+—\s+✓\s+—$/);
    expect(lines[3]).toMatch(/^dashboard\s+10\s+121\s+20\.0\s+45\.0\s+60\.0\s+0\s+0\.40\s+✓ ≤50\s+✓\s+✓$/);
    expect(lines[4]).toMatch(/^practice answer \(action\)\s+10\s+121\s+20\.0\s+30\.0\s+60\.0\s+2\s+0\.20\s+✗ ≤25\s+✗\s+✗$/);
  });

  it("counts the target checks missed", () => {
    expect(countMisses(rows)).toEqual({ checked: 7, missed: 3 });
  });

  it("keeps only the documented fields of a row in the file", () => {
    expect(toRouteResult(rows[1]!)).toEqual(route);
  });
});
