import { afterAll, describe, expect, inject, it } from "vitest";
import path from "node:path";
import { readActionIds } from "../../bench/app/action-body";
import { createDevSessionToken } from "@/services/auth/dev-session-token";
import { SESSION_COOKIE, loadSecurityContext } from "./support/context";
import { callAction, send } from "./support/http";
import { recordSection } from "./support/report";

// Sessions and roles: neither session stores the role or the disabled flag, so an admin's
// change takes effect on the user's very next request; a development session cookie that was
// tampered with, expired, or signed with another key is treated as signed out.

const ctx = loadSecurityContext();
const ids = readActionIds(path.resolve(".next"));
const actionId = (name: string) => ids.get(`src/features/admin/actions.ts#${name}`)!;
const admin = ctx.cookieOf(ctx.world.admin);
const subject = ctx.world.tenants.B.outsider;
const subjectCookie = ctx.cookieOf(subject)!;
const figures = { roleChecks: 0, roleOk: 0, disableChecks: 0, disableOk: 0, forged: 0, forgedRefused: 0 };

const asAdmin = (name: string, fields: Record<string, string>) => callAction(ctx.base, actionId(name), fields, { cookie: admin, page: "/admin/users" });
const teachStatus = async () => (await send(ctx.base, "GET", "/teach", { cookie: subjectCookie })).status;
const meStatus = async (cookie: string | null) => (await send(ctx.base, "GET", "/api/me", { cookie, accept: "application/json" })).status;

describe("role changes and disabled accounts", () => {
  it("a promotion and a demotion take effect on the user's next request", async () => {
    expect(await teachStatus()).not.toBe(200);
    expect((await asAdmin("changeUserRoleAction", { userId: subject.id, role: "teacher" })).result).toMatchObject({ ok: true });
    figures.roleChecks += 1;
    const promoted = await teachStatus();
    if (promoted === 200) figures.roleOk += 1;
    expect((await asAdmin("changeUserRoleAction", { userId: subject.id, role: "learner" })).result).toMatchObject({ ok: true });
    figures.roleChecks += 1;
    const demoted = await teachStatus();
    if (demoted !== 200) figures.roleOk += 1;
    expect([promoted, demoted === 200 ? "still a teacher" : "learner again"]).toEqual([200, "learner again"]);
  });

  it("a disabled user is signed out on the next request, for pages, the API and actions alike", async () => {
    expect(await meStatus(subjectCookie)).toBe(200);
    expect((await asAdmin("setUserDisabledAction", { userId: subject.id, disabled: "true" })).result).toMatchObject({ ok: true });
    try {
      const page = await send(ctx.base, "GET", "/dashboard", { cookie: subjectCookie });
      const api = await meStatus(subjectCookie);
      const markAll = ids.get("src/features/notifications/actions.ts#markAllNotificationsReadAction")!;
      const action = await callAction(ctx.base, markAll, {}, { cookie: subjectCookie, page: "/notifications" });
      const outcomes = [page.headers.get("location")?.startsWith("/sign-in") ?? false, api === 401, action.result?.code === "UNAUTHENTICATED"];
      figures.disableChecks += outcomes.length;
      figures.disableOk += outcomes.filter(Boolean).length;
      expect(outcomes).toEqual([true, true, true]);
    } finally {
      expect((await asAdmin("setUserDisabledAction", { userId: subject.id, disabled: "false" })).result).toMatchObject({ ok: true });
    }
    expect(await meStatus(subjectCookie)).toBe(200);
  });
});

describe("forged development session cookies", () => {
  const secret = inject("securityAuthSecret");
  const valid = createDevSessionToken(subject.id, secret, 3600);
  const [payload, signature] = valid.split(".") as [string, string];
  const reencode = (change: (body: Record<string, unknown>) => void) => {
    const body = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    change(body);
    return `${Buffer.from(JSON.stringify(body)).toString("base64url")}.${signature}`;
  };
  const flip = (text: string, at: number) => `${text.slice(0, at)}${text[at] === "A" ? "B" : "A"}${text.slice(at + 1)}`;
  const forgeries: Record<string, string> = {
    "uid swapped for the admin's (old signature)": reencode((body) => (body.uid = ctx.world.admin.id)),
    "expiry pushed back (old signature)": reencode((body) => (body.exp = Number(body.exp) + 86_400 * 365)),
    "one character of the signature changed": `${payload}.${flip(signature, 5)}`,
    "one character of the payload changed": `${flip(payload, 10)}.${signature}`,
    "signature removed": `${payload}.`,
    "payload only": payload,
    "expired a minute ago": createDevSessionToken(subject.id, secret, 60, Date.now() - 120_000),
    "the admin's id signed with another key": createDevSessionToken(ctx.world.admin.id, "another-secret-0123456789abcdef0123456789", 3600),
    "a user id that does not exist": createDevSessionToken("00000000-0000-4000-8000-000000000000", secret, 3600),
    "empty": "",
    "8 KB of junk": "x".repeat(8_000),
  };

  for (const [name, token] of Object.entries(forgeries)) {
    it(`treats a cookie with ${name} as signed out`, async () => {
      const cookie = `${SESSION_COOKIE}=${token}`;
      const me = await meStatus(cookie);
      const adminPage = await send(ctx.base, "GET", "/admin", { cookie });
      figures.forged += 1;
      const refused = me === 401 && adminPage.status !== 200;
      if (refused) figures.forgedRefused += 1;
      expect([me, adminPage.status === 200 ? "admin page served" : "refused"]).toEqual([401, "refused"]);
    });
  }

  it("accepts the untouched cookie (the forgeries differ from it only as named)", async () => {
    expect(await meStatus(`${SESSION_COOKIE}=${valid}`)).toBe(200);
  });
});

afterAll(() => {
  recordSection(ctx.reportDir, "60-sessions", {
    order: 60,
    title: "6. Sessions and roles",
    figures: [
      { label: "role changes effective on the next request", value: `${figures.roleOk} / ${figures.roleChecks}`, target: "all", ok: figures.roleOk === figures.roleChecks },
      { label: "disabled user refused on the next request (page, API, action)", value: `${figures.disableOk} / ${figures.disableChecks}`, target: "all", ok: figures.disableOk === figures.disableChecks },
      { label: "forged, tampered or expired session cookies refused", value: `${figures.forgedRefused} / ${figures.forged}`, target: "all", ok: figures.forgedRefused === figures.forged },
    ],
  });
});
