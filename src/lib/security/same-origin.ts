// Cross-site request forgery: a state-changing request carrying the user's cookie must come
// from one of our own pages. Next.js refuses a server action whose Origin names another host,
// but lets one through with no Origin or `Origin: null` (a sandboxed frame, a privacy-stripped
// form post), and route handlers have no check at all. Browsers send Origin on every POST since
// 2020, and Sec-Fetch-Site on every request; a request with neither is not from a browser.

export type SameOriginVerdict = { ok: true } | { ok: false; reason: string };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/** The hosts this request was addressed to: what an Origin of ours must name. */
function ownHosts(headers: Headers): Set<string> {
  const hosts = new Set<string>();
  // The first hop's host when a proxy (Vercel's edge) forwards it; the Host header otherwise.
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  if (forwarded) hosts.add(forwarded.toLowerCase());
  const host = headers.get("host")?.trim();
  if (host) hosts.add(host.toLowerCase());
  return hosts;
}

function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * Whether a state-changing request comes from one of our pages. A request authenticated by an
 * Authorization header is not forgeable (a browser never adds one on its own) and passes.
 */
export function checkSameOrigin(headers: Headers): SameOriginVerdict {
  if (headers.get("authorization")) return { ok: true };
  const origin = headers.get("origin");
  if (origin && origin !== "null") {
    const host = hostOf(origin);
    if (host && ownHosts(headers).has(host)) return { ok: true };
    return { ok: false, reason: `Origin ${origin.slice(0, 100)} is not this site` };
  }
  // No usable Origin: only the browser's own statement that the request is same-origin will do.
  const site = headers.get("sec-fetch-site");
  if (site === "same-origin") return { ok: true };
  return { ok: false, reason: origin === "null" ? "Origin is null" : site ? `Sec-Fetch-Site is ${site}` : "no Origin or Sec-Fetch-Site header" };
}

export const CROSS_SITE_MESSAGE = "This request did not come from a LearnForge page, so nothing was changed. Reload the page and try again.";
