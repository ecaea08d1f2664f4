import http from "node:http";
import { env } from "@/data/env/server";
import { createQueryTally, runWithQueryTally, type QueryTally } from "./query-count";

export type AccessLogLine = {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  requestId: string | null;
  /** Statements the request sent to the database (development only: see docs/performance.md). */
  dbQueries?: number;
};

const INSTALLED = Symbol.for("learnforge.accessLog");
// Static assets would drown the log; they are served by the CDN in production anyway.
const QUIET_PATHS = /^\/(_next\/static|_next\/image|favicon\.ico|icon\.svg)/;

type EmitFn = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;

/**
 * One line per HTTP request the Node server answers (self-hosted `next start` and the standalone
 * server): method, path, status, duration and the request id the proxy gave the response. Next.js
 * has no response hook for pages, so this listens where the response really ends. On Vercel the
 * platform's own request log does this job.
 *
 * With `countQueries` (on by default under `next dev`) the request runs inside a query tally, so
 * the line also says how many statements it sent to the database: everything the handler awaits,
 * pages, route handlers and server actions alike, inherits the tally through AsyncLocalStorage.
 */
export function installAccessLog(
  write: (line: AccessLogLine) => void,
  { countQueries = env.NODE_ENV === "development" }: { countQueries?: boolean } = {},
): void {
  const prototype = http.Server.prototype as unknown as { emit: EmitFn; [INSTALLED]?: boolean };
  if (prototype[INSTALLED]) return;
  prototype[INSTALLED] = true;
  const emit = prototype.emit;
  prototype.emit = function emitWithAccessLog(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      const path = (request.url ?? "/").split("?")[0] ?? "/";
      if (!QUIET_PATHS.test(path)) {
        const started = performance.now();
        const tally: QueryTally | null = countQueries ? createQueryTally() : null;
        response.once("finish", () => {
          const requestId = response.getHeader("x-request-id");
          write({
            method: request.method ?? "GET",
            path,
            status: response.statusCode,
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            requestId: typeof requestId === "string" ? requestId : null,
            ...(tally ? { dbQueries: tally.count } : {}),
          });
        });
        if (tally) return runWithQueryTally(tally, () => emit.call(this, event, ...args));
      }
    }
    return emit.call(this, event, ...args);
  };
}
