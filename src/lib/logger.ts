import pino from "pino";
import { env } from "@/data/env/server";

// One structured JSON logger. Request handlers use `loggerFor(requestId)`.
export const logger = pino({
  level: env.NODE_ENV === "test" && !env.LOG_LEVEL ? "silent" : env.LOG_LEVEL,
  base: { service: "learnforge-web" },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: { paths: ["*.password", "*.token", "*.authorization", "*.cookie"], remove: true },
});

export type Logger = typeof logger;

export function loggerFor(requestId: string | null | undefined): Logger {
  return requestId ? logger.child({ requestId }) : logger;
}
