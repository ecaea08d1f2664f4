import { afterAll, describe, expect, inject, it } from "vitest";
import path from "node:path";
import { readActionIds } from "../../bench/app/action-body";
import { ACTION_SPECS, actionSpecKey } from "./matrix/actions";
import { ROUTE_SPECS } from "./matrix/routes";
import { loadSecurityContext } from "./support/context";
import { changedTables, databaseFingerprint, withClient } from "./support/fingerprint";
import { callAction, send, type Probe } from "./support/http";
import { recordSection } from "./support/report";

// Cross-site request forgery: every server action and every state-changing route handler,
// called with the session cookie of a caller who may use it, but from another site: a foreign
// Origin, `Origin: null`, a sibling subdomain, and no Origin at all. None may be accepted, and
// the database must be exactly as it was. (The matrix shows the same calls succeed from our own pages.)

const FORGED: { name: string; probe: Probe }[] = [
  { name: "foreign Origin", probe: { origin: "https://evil.example" } },
  { name: "Origin: null", probe: { origin: "null" } },
  { name: "sibling subdomain", probe: { origin: "http://evil.127.0.0.1.nip.io" } },
  { name: "no Origin", probe: { origin: "none" } },
];
const tally = { probes: 0, accepted: [] as string[], changed: [] as string[], statuses: new Map<string, number>() };
const note = (what: string, status: number, accepted: boolean) => {
  tally.probes += 1;
  tally.statuses.set(String(status), (tally.statuses.get(String(status)) ?? 0) + 1);
  if (accepted) tally.accepted.push(what);
};
const report = loadSecurityContext("main");

// With the proxy (which refuses first, 403) and with the proxy matching nothing (the actions'
// wrapper and the route handlers refuse on their own).
describe.each(["main", "noProxy"] as const)("cross-site requests (%s)", (variant) => {
  const ctx = loadSecurityContext(variant);
  const target = ctx.world.tenants.A;
  const actionIds = readActionIds(path.resolve(variant === "main" ? "." : inject("securityNoProxyBuildDir"), ".next"));

  it("refuses every server action from another site and changes nothing", async () => {
    await withClient(ctx.databaseUrl, async (client) => {
      const before = await databaseFingerprint(client);
      for (const spec of ACTION_SPECS) {
        const id = actionIds.get(actionSpecKey(spec));
        if (!id) continue; // The matrix fails for an action missing from the build.
        const caller = spec.allowed.find((who) => who !== "anonymous") ?? "learner";
        for (const forged of FORGED) {
          const answer = await callAction(ctx.base, id, spec.fields(target, ctx.world, `csrf${tally.probes}`), { ...forged.probe, cookie: ctx.cookieOf(ctx.userOf(caller, target)), page: spec.page?.(target) ?? "/" });
          // Accepted: the action ran (an ok result, a redirect onwards) or touched the session cookie.
          const touchedSession = (answer.headers.get("set-cookie") ?? "").includes("lf_session=");
          note(`${spec.name} (${forged.name})`, answer.status, answer.result?.ok === true || Boolean(answer.redirect) || touchedSession);
        }
      }
      const changed = changedTables(before, await databaseFingerprint(client));
      tally.changed.push(...changed.map((table) => `${variant}: ${table}`));
      expect(changed).toEqual([]);
    });
    expect(tally.accepted).toEqual([]);
  });

  it("refuses every state-changing route handler from another site", async () => {
    const writes = ROUTE_SPECS.filter((spec) => spec.method !== "GET" && spec.route !== "/api/webhooks/clerk");
    expect(writes.length).toBeGreaterThanOrEqual(4);
    const accepted: string[] = [];
    for (const spec of writes) {
      const caller = spec.allowed.find((who) => who !== "anonymous") ?? "learner";
      for (const forged of FORGED) {
        const payload = spec.body?.(target, ctx.world);
        const answer = await send(ctx.base, spec.method, spec.path(target, ctx.world), { ...forged.probe, cookie: ctx.cookieOf(ctx.userOf(caller, target)), body: payload?.body, contentType: payload?.contentType });
        const ok = answer.status < 300;
        note(`${spec.method} ${spec.route} (${forged.name})`, answer.status, ok);
        if (ok) accepted.push(`${spec.route} (${forged.name}): ${answer.status}`);
      }
    }
    expect(accepted).toEqual([]);
  });

  it("does not mark a notification read when the link is followed from another site", async () => {
    const notification = target.notificationId;
    await withClient(ctx.databaseUrl, (client) => client.query(`update notifications set read_at = null where id = $1`, [notification]));
    const cookie = ctx.cookieOf(target.learner);
    const forged = await send(ctx.base, "GET", `/notifications/${notification}/open`, { cookie, headers: { "sec-fetch-site": "cross-site", "sec-fetch-mode": "no-cors", "sec-fetch-dest": "image" } });
    note("GET /notifications/[id]/open (cross-site image)", forged.status, false);
    const readAfterForgery = await withClient(ctx.databaseUrl, (client) => client.query<{ read: boolean }>(`select read_at is not null as read from notifications where id = $1`, [notification]));
    if (readAfterForgery.rows[0]?.read) tally.accepted.push("GET /notifications/[id]/open (cross-site)");
    expect(forged.headers.get("location")).toBe("/notifications");
    expect(readAfterForgery.rows[0]?.read).toBe(false);
    // Our own link (same-origin navigation) still marks it read and follows it.
    const own = await send(ctx.base, "GET", `/notifications/${notification}/open`, { cookie, headers: { "sec-fetch-site": "same-origin" } });
    const readAfterClick = await withClient(ctx.databaseUrl, (client) => client.query<{ read: boolean }>(`select read_at is not null as read from notifications where id = $1`, [notification]));
    expect(own.status).toBe(303);
    expect(readAfterClick.rows[0]?.read).toBe(true);
  });
});

afterAll(() => {
  recordSection(report.reportDir, "20-csrf", {
    order: 20,
    title: "2. Cross-site request forgery",
    figures: [
      { label: "forged requests (every action and state-changing route × foreign Origin, Origin: null, sibling subdomain, no Origin; with and without the proxy)", value: tally.probes },
      { label: "accepted", value: tally.accepted.length, target: "0", ok: tally.accepted.length === 0 },
      { label: "tables changed by the forged actions", value: tally.changed.length, target: "0", ok: tally.changed.length === 0 },
    ],
    notes: [`Answers by status: ${[...tally.statuses.entries()].map(([status, n]) => `${status} ×${n}`).join(", ")}.`, ...tally.accepted.map((line) => `- accepted: ${line}`)],
  });
});
