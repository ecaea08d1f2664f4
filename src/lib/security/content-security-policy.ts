/**
 * The Content-Security-Policy for pages. Scripts run only with the per-request nonce (Next.js
 * adds it to its own scripts when it finds it in the request's CSP header) and what they load
 * ('strict-dynamic'); everything else is this origin plus the few services the app embeds or
 * talks to. Styles allow inline style attributes, which React and the charts use.
 */
export type CspOptions = {
  nonce: string;
  /** `next dev` evaluates code for fast refresh. */
  development: boolean;
  /** Only over HTTPS (Vercel): on http://localhost the upgrade would break every request. */
  upgradeInsecureRequests: boolean;
  /** Clerk's Frontend API host (from the publishable key), when Clerk is on. */
  clerkFrontendApi?: string | null;
  /** Where the browser Sentry SDK sends events, when configured. */
  sentryIngestOrigin?: string | null;
};

const VIDEO_EMBEDS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"];

export function buildContentSecurityPolicy(options: CspOptions): string {
  const clerk = options.clerkFrontendApi ? [`https://${options.clerkFrontendApi}`] : [];
  const sentry = options.sentryIngestOrigin ? [options.sentryIngestOrigin] : [];
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${options.nonce}'`, "'strict-dynamic'", ...(options.development ? ["'unsafe-eval'"] : []), ...clerk],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", ...(clerk.length ? ["https://img.clerk.com"] : [])],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...clerk, ...sentry, ...(options.development ? ["ws:"] : [])],
    "media-src": ["'self'", "blob:"],
    "frame-src": [...VIDEO_EMBEDS, ...(clerk.length ? ["https://challenges.cloudflare.com"] : [])],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  const parts = Object.entries(directives).map(([name, values]) => `${name} ${values.join(" ")}`);
  if (options.upgradeInsecureRequests) parts.push("upgrade-insecure-requests");
  return parts.join("; ");
}

/** Clerk's Frontend API host is encoded in the publishable key: pk_(test|live)_<base64("host$")>. */
export function clerkFrontendApiFromKey(publishableKey: string | undefined): string | null {
  const encoded = publishableKey?.match(/^pk_(?:test|live)_(.+)$/)?.[1];
  if (!encoded) return null;
  try {
    const decoded = atob(encoded);
    const host = decoded.endsWith("$") ? decoded.slice(0, -1) : decoded;
    return /^[a-z0-9.-]+$/i.test(host) ? host : null;
  } catch {
    // Not base64: no Clerk host to allow (Clerk itself would reject such a key).
    return null;
  }
}

/** The origin a Sentry DSN sends to (https://<key>@o1.ingest.sentry.io/2 → https://o1.ingest.sentry.io). */
export function sentryIngestOriginFromDsn(dsn: string | undefined): string | null {
  if (!dsn) return null;
  try {
    return new URL(dsn).origin;
  } catch {
    return null;
  }
}

/** A fresh nonce per request: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
