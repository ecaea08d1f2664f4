import { callAction, send, type Answer } from "../support/http";
import { leakedCanaries, type SecurityContext } from "../support/context";
import type { Tenant } from "../world/types";
import type { ActionSpec, Caller, PageSpec, RouteSpec } from "./types";

// One probe: one caller, one endpoint, one request shape. Its verdict says whether the caller
// got through, and which canaries (if any) the answer showed a caller not entitled to them.

export type Verdict = {
  endpoint: string;
  caller: Caller;
  variant: string;
  status: number;
  /** The caller got what the endpoint gives (an ok result, a 2xx, a page). */
  succeeded: boolean;
  /** The action's error code, or the status class of a refusal. */
  code: string;
  leaks: string[];
  serverError: boolean;
};

/** Headers that once skipped Next.js middleware (CVE-2025-29927) and the proxy's names for it. */
export const BYPASS_HEADERS: Record<string, Record<string, string>> = {
  "x-middleware-subrequest (middleware)": { "x-middleware-subrequest": Array(5).fill("middleware").join(":") },
  "x-middleware-subrequest (src/proxy)": { "x-middleware-subrequest": Array(5).fill("src/proxy").join(":") },
  "x-middleware-subrequest (proxy)": { "x-middleware-subrequest": Array(5).fill("proxy").join(":") },
};

/** Ways to ask for a page's React Server Components payload instead of its HTML. */
export const RSC_VARIANTS: { name: string; path: (path: string) => string; headers: Record<string, string> }[] = [
  { name: "RSC header", path: (p) => p, headers: { rsc: "1" } },
  { name: "RSC prefetch", path: (p) => p, headers: { rsc: "1", "next-router-prefetch": "1" } },
  { name: "segment prefetch header", path: (p) => p, headers: { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree" } },
  { name: ".rsc path", path: (p) => withSuffix(p, ".rsc"), headers: {} },
  { name: ".prefetch.rsc path", path: (p) => withSuffix(p, ".prefetch.rsc"), headers: {} },
  { name: "segment prefetch path", path: (p) => withSuffix(p, ".segments/_tree.segment.rsc"), headers: { rsc: "1", "next-router-prefetch": "1" } },
];

function withSuffix(path: string, suffix: string): string {
  const [pathname, query] = path.split("?");
  const base = pathname === "/" ? "/index" : pathname!;
  return `${base}${suffix}${query ? `?${query}` : ""}`;
}

const SIGN_IN = /^\/sign-in(\?|$)/;
/** A React Server Components payload is streamed with 200 even when the page redirects or is not found: these say so inside. */
const RSC_REFUSAL = /NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK;40[134]/;

function refusalCode(answer: Answer): string {
  const location = answer.headers.get("location");
  if (answer.status >= 300 && answer.status < 400) return SIGN_IN.test(location ?? "") ? "to sign-in" : `redirect ${answer.status}`;
  return String(answer.status);
}

export async function probeAction(ctx: SecurityContext, spec: ActionSpec, actionId: string, target: Tenant, caller: Caller, variant: { name: string; headers: Record<string, string> }, fresh: string): Promise<Verdict> {
  const user = ctx.userOf(caller, target);
  const answer = await callAction(ctx.base, actionId, spec.fields(target, ctx.world, fresh), { cookie: ctx.cookieOf(user), page: spec.page?.(target) ?? "/", headers: variant.headers });
  const redirected = answer.redirect && !SIGN_IN.test(answer.redirect.replace(/;.*$/, ""));
  const succeeded = answer.status < 400 && (answer.result?.ok === true || Boolean(redirected));
  const code = answer.result?.ok === false ? String(answer.result.code) : answer.redirect ? `redirect ${answer.redirect.replace(/;.*$/, "").slice(0, 40)}` : String(answer.status);
  return {
    endpoint: `${spec.name}`,
    caller,
    variant: variant.name,
    status: answer.status,
    succeeded,
    code,
    leaks: leakedCanaries(
      ctx.forbiddenCanaries(user).filter((canary) => !(succeeded && spec.grantsMembership && canary === target.canaries.shared)),
      answer.text,
      answer.redirect,
    ),
    serverError: answer.status >= 500 || answer.result?.code === "INTERNAL",
  };
}

export async function probeRoute(ctx: SecurityContext, spec: RouteSpec, target: Tenant, caller: Caller, variant: { name: string; headers: Record<string, string> }): Promise<Verdict> {
  const user = ctx.userOf(caller, target);
  const payload = spec.body?.(target, ctx.world);
  const answer = await send(ctx.base, spec.method, spec.path(target, ctx.world), { cookie: ctx.cookieOf(user), body: payload?.body, contentType: payload?.contentType, headers: variant.headers });
  const okStatus = spec.okStatus ?? 200;
  const succeeded = answer.status === okStatus && !(okStatus >= 300 && SIGN_IN.test(answer.headers.get("location") ?? ""));
  return {
    endpoint: `${spec.method} ${spec.route}`,
    caller,
    variant: variant.name,
    status: answer.status,
    succeeded,
    code: succeeded ? "ok" : refusalCode(answer),
    leaks: leakedCanaries(ctx.forbiddenCanaries(user), answer.text, answer.headers.get("location")),
    serverError: answer.status >= 500 && !(spec.route === "/api/webhooks/clerk" && answer.status === 503),
  };
}

export async function probePage(ctx: SecurityContext, spec: PageSpec, target: Tenant, caller: Caller, variant: { name: string; path: (path: string) => string; headers: Record<string, string> }): Promise<Verdict> {
  const user = ctx.userOf(caller, target);
  const answer = await send(ctx.base, "GET", variant.path(spec.path(target, ctx.world)), { cookie: ctx.cookieOf(user), headers: variant.headers });
  const location = answer.headers.get("location") ?? "";
  const rsc = (answer.headers.get("content-type") ?? "").startsWith("text/x-component");
  const succeeded = (answer.status === 200 && !(rsc && RSC_REFUSAL.test(answer.text))) || (answer.status >= 300 && answer.status < 400 && Boolean(spec.okRedirect?.test(location)));
  return {
    endpoint: `GET ${spec.route}`,
    caller,
    variant: variant.name,
    status: answer.status,
    succeeded,
    code: succeeded ? "ok" : rsc && answer.status === 200 ? `RSC ${RSC_REFUSAL.exec(answer.text)?.[0] ?? "?"}` : refusalCode(answer),
    leaks: leakedCanaries(ctx.forbiddenCanaries(user), answer.text, answer.headers.get("location")),
    serverError: answer.status >= 500,
  };
}
