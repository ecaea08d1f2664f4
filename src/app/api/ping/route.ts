// GET /api/ping — "ok" as plain text: no I/O, no auth. The framework's ceiling for `npm run bench`
// (it still passes through src/proxy.ts like every route, which is the fair comparison).
export const dynamic = "force-dynamic";

export function GET(): Response {
  return new Response("ok", { headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
