import { encodeFormDataAction, actionResultOf } from "../../../bench/app/action-body";

// Requests as a browser (or an attacker's script) sends them, with a cookie, an Origin and
// any extra headers the probe wants. Redirects are never followed: where a request leads is
// part of its answer.

export const BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

/** Which Origin a request carries: our own (as a browser on our page), a given one, or none at all. */
export type OriginChoice = "own" | "none" | string;

export type Probe = {
  cookie?: string | null;
  origin?: OriginChoice;
  headers?: Record<string, string>;
  timeoutMs?: number;
};

export type Answer = { status: number; text: string; headers: Headers; ms: number };

function headersFor(base: string, probe: Probe, extra: Record<string, string>): Record<string, string> {
  const headers: Record<string, string> = { "user-agent": BROWSER_UA, "accept-language": "en-GB,en;q=0.9", ...extra };
  if (probe.cookie) headers.cookie = probe.cookie;
  const origin = probe.origin ?? "own";
  if (origin === "own") {
    headers.origin = new URL(base).origin;
    headers["sec-fetch-site"] = "same-origin";
  } else if (origin !== "none") {
    headers.origin = origin;
    headers["sec-fetch-site"] = "cross-site";
  }
  return { ...headers, ...probe.headers };
}

export async function send(base: string, method: string, path: string, probe: Probe & { body?: BodyInit; contentType?: string; accept?: string } = {}): Promise<Answer> {
  const extra: Record<string, string> = { accept: probe.accept ?? "text/html,application/json;q=0.9,*/*;q=0.8" };
  if (probe.contentType) extra["content-type"] = probe.contentType;
  const started = performance.now();
  const response = await fetch(new URL(path, base), {
    method,
    headers: headersFor(base, method === "GET" || method === "HEAD" ? { ...probe, origin: probe.origin ?? "none" } : probe, extra),
    body: probe.body,
    redirect: "manual",
    signal: AbortSignal.timeout(probe.timeoutMs ?? 30_000),
  });
  const text = await response.text();
  return { status: response.status, text, headers: response.headers, ms: performance.now() - started };
}

export type ActionAnswer = Answer & {
  /** The action's typed result, when the framework ran it and answered with one. */
  result: { ok?: boolean; code?: string; message?: string; [key: string]: unknown } | null;
  /** The redirect the action asked for (x-action-redirect), if any. */
  redirect: string | null;
};

/** Calls a server action as React's client does: POST to a page with Next-Action and the FormData body. */
export async function callAction(base: string, actionId: string, fields: Record<string, string>, probe: Probe & { page?: string } = {}): Promise<ActionAnswer> {
  const { contentType, body } = encodeFormDataAction(fields);
  const answer = await send(base, "POST", probe.page ?? "/", {
    ...probe,
    body: new Uint8Array(body),
    contentType,
    accept: "text/x-component",
    headers: { "next-action": actionId, ...probe.headers },
  });
  return { ...answer, result: actionResultOf(answer.text), redirect: answer.headers.get("x-action-redirect") };
}
