import pino from "pino";
import { env } from "@/data/env/server";
import { currentRequestId } from "./request-context";

/** Inside a route handler or server action, the request id joins every line. */
export function requestIdMixin(): { requestId?: string } {
  const requestId = currentRequestId();
  return requestId ? { requestId } : {};
}

// One structured JSON logger; outside a request context use `loggerFor(requestId)`.
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: "learnforge-web" },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  mixin: requestIdMixin,
  redact: { paths: ["*.password", "*.token", "*.authorization", "*.cookie"], remove: true },
});

export type Logger = typeof logger;

export function loggerFor(requestId: string | null | undefined): Logger {
  return requestId ? logger.child({ requestId }) : logger;
}
