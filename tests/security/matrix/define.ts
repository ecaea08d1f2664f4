import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { readActionIds } from "../../../bench/app/action-body";
import { ACTION_SPECS, actionSpecKey } from "./actions";
import { PAGE_SPECS } from "./pages";
import { BYPASS_HEADERS, RSC_VARIANTS, probeAction, probePage, probeRoute } from "./probe";
import { ROUTE_SPECS } from "./routes";
import { MatrixTally } from "./tally";
import { CALLERS, type Caller } from "./types";
import { send } from "../support/http";
import type { SecurityContext } from "../support/context";
import { recordSection } from "../support/report";

// The access-control matrix: every server action, route handler and page of a production
// build, called as every kind of caller against each of two tenants seeded with canaries.
// Refused callers are also tried with proxy-bypass headers and RSC/prefetch request shapes.

export type MatrixRun = { id: string; order: number; title: string; /** The build's directory (its .next manifests). */ buildDir: string; proxy: boolean };

export function defineAccessMatrix(ctx: SecurityContext, run: MatrixRun): void {
const tally = new MatrixTally();
const bypass = new MatrixTally();
const actionIds = readActionIds(path.join(run.buildDir, ".next"));
const appPaths = Object.keys(JSON.parse(readFileSync(path.join(run.buildDir, ".next/server/app-paths-manifest.json"), "utf8")) as Record<string, string>);
const PLAIN = { name: "plain", headers: {} as Record<string, string>, path: (p: string) => p };
const byPhase = <T extends { phase?: number }>(specs: readonly T[]) => [...specs].sort((a, b) => (a.phase ?? 0) - (b.phase ?? 0));
let counter = 0;
const fresh = () => `${Date.now().toString(36)}${(counter += 1)}`;

describe("the matrix covers the whole build", () => {
  it(run.proxy ? "runs with the proxy (it labels every response with a request id)" : "runs with the proxy matching nothing (no response carries its request id)", async () => {
    const answer = await send(ctx.base, "GET", "/");
    expect(answer.headers.has("x-request-id")).toBe(run.proxy);
  });

  it("has an entry for every server action in the server reference manifest", () => {
    const covered = new Set(ACTION_SPECS.map(actionSpecKey));
    expect([...actionIds.keys()].filter((key) => !covered.has(key))).toEqual([]);
    expect(actionIds.size).toBeGreaterThan(50);
  });

  it("has an entry for every route handler and page in the app-paths manifest", () => {
    const covered = new Set([...ROUTE_SPECS.map((spec) => `${spec.route}/route`), ...PAGE_SPECS.map((spec) => `${spec.route === "/" ? "" : spec.route}/page`)]);
    const framework = new Set(["/_global-error/page", "/_not-found/page"]);
    expect(appPaths.filter((route) => !covered.has(route) && !framework.has(route))).toEqual([]);
  });
});

for (const key of ["A", "B"] as const) {
  const target = ctx.world.tenants[key];
  const refusedOf = (allowed: readonly Caller[]) => CALLERS.filter((caller) => !allowed.includes(caller));

  describe(`tenant ${key}: pages`, () => {
    for (const spec of PAGE_SPECS) {
      it(`GET ${spec.route}`, async () => {
        const problems: string[] = [];
        for (const caller of CALLERS) problems.push(...tally.add(await probePage(ctx, spec, target, caller, PLAIN), spec.allowed.includes(caller) ? "allowed" : "refused"));
        for (const caller of refusedOf(spec.allowed)) {
          for (const variant of [...RSC_VARIANTS, ...Object.entries(BYPASS_HEADERS).map(([name, headers]) => ({ name, headers, path: PLAIN.path }))]) {
            problems.push(...bypass.add(await probePage(ctx, spec, target, caller, variant), "refused"));
          }
        }
        expect(problems).toEqual([]);
      });
    }
  });

  describe(`tenant ${key}: route handlers`, () => {
    for (const spec of byPhase(ROUTE_SPECS)) {
      it(`${spec.method} ${spec.route}`, async () => {
        const problems: string[] = [];
        for (const caller of refusedOf(spec.allowed)) {
          problems.push(...tally.add(await probeRoute(ctx, spec, target, caller, PLAIN), "refused"));
          for (const [name, headers] of Object.entries(BYPASS_HEADERS)) problems.push(...bypass.add(await probeRoute(ctx, spec, target, caller, { name, headers }), "refused"));
        }
        if (!spec.skipAllowed) {
          for (const caller of spec.once ? spec.allowed.slice(0, 1) : spec.allowed) problems.push(...tally.add(await probeRoute(ctx, spec, target, caller, PLAIN), "allowed"));
        }
        expect(problems).toEqual([]);
      });
    }
  });

  describe(`tenant ${key}: server actions`, () => {
    for (const spec of byPhase(ACTION_SPECS)) {
      it(`${spec.name}`, async () => {
        const id = actionIds.get(actionSpecKey(spec));
        expect(id, `${actionSpecKey(spec)} is not in the build`).toBeDefined();
        const problems: string[] = [];
        for (const caller of refusedOf(spec.allowed)) {
          problems.push(...tally.add(await probeAction(ctx, spec, id!, target, caller, PLAIN, fresh()), "refused"));
          for (const [name, headers] of Object.entries(BYPASS_HEADERS)) problems.push(...bypass.add(await probeAction(ctx, spec, id!, target, caller, { name, headers }, fresh()), "refused"));
        }
        if (!spec.skipAllowed) {
          for (const caller of spec.once ? spec.allowed.slice(0, 1) : spec.allowed) problems.push(...tally.add(await probeAction(ctx, spec, id!, target, caller, PLAIN, fresh()), "allowed"));
        }
        expect(problems).toEqual([]);
      });
    }
  });
}

afterAll(() => {
  const codes = [...tally.refusalCodes.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ×${n}`).join(", ");
  recordSection(ctx.reportDir, run.id, {
    order: run.order,
    title: run.title,
    figures: [
      { label: "server actions / route handlers / pages in the build", value: `${actionIds.size} / ${ROUTE_SPECS.length} / ${PAGE_SPECS.length}` },
      { label: "callers × tenants", value: `${CALLERS.length} × 2` },
      { label: "probes made", value: tally.probes },
      { label: "refused as expected", value: tally.refusedAsExpected },
      { label: "unexpected successes", value: tally.unexpectedSuccesses.length, target: "0", ok: tally.unexpectedSuccesses.length === 0 },
      { label: "positive controls passed", value: `${tally.controlsPassed} / ${tally.controls}`, target: "all", ok: tally.controlsPassed === tally.controls },
      { label: "canary leaks", value: tally.leaks.length, target: "0", ok: tally.leaks.length === 0 },
      { label: "server errors (5xx)", value: tally.serverErrors.length, target: "0", ok: tally.serverErrors.length === 0 },
      { label: "bypass probes (x-middleware-subrequest, RSC, prefetch, .rsc, segment URLs)", value: bypass.probes },
      { label: "bypass: unexpected successes", value: bypass.unexpectedSuccesses.length, target: "0", ok: bypass.unexpectedSuccesses.length === 0 },
      { label: "bypass: canary leaks", value: bypass.leaks.length, target: "0", ok: bypass.leaks.length === 0 },
    ],
    notes: [`Refusals by answer: ${codes}.`, ...[...tally.unexpectedSuccesses, ...tally.leaks, ...bypass.unexpectedSuccesses, ...bypass.leaks, ...tally.failedControls].slice(0, 40).map((line) => `- ${line}`)],
  });
});
}
