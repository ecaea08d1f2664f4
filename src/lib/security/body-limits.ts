// How big a request body may be. Server actions: Next.js refuses a bigger one itself, but with an
// error inside a 200 answer; the proxy refuses a declared size over the limit first, with 413.
// A question-bank import (up to 1 MB of GIFT or JSON) is the biggest action body.

export const SERVER_ACTION_BODY_LIMIT = "2mb";
export const SERVER_ACTION_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/**
 * What the proxy passes on of a request body (Next.js buffers it for the proxy and, past this,
 * silently truncates it). Above every route's own limit (a 10 MB recording plus its multipart
 * framing), so a route always sees enough of a streamed body to refuse it with 413 itself.
 */
export const PROXY_CLIENT_MAX_BODY_BYTES = 11 * 1024 * 1024;

/** The request's declared Content-Length, or null when it has none (a streamed body). */
export function declaredLength(headers: Headers): number | null {
  const value = headers.get("content-length");
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value);
}
