import { ZodError } from "zod";

export const ERROR_CODES = [
  "BAD_REQUEST",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "PAYLOAD_TOO_LARGE",
  "RATE_LIMITED",
  "UNAVAILABLE",
  "INTERNAL",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** The one error type the app throws on purpose; its message is safe to show. */
export class AppError extends Error {
  override name = "AppError";
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.status = STATUS_BY_CODE[code];
  }
}

export type ErrorBody = {
  error: { code: ErrorCode; message: string; issues?: { path: string; message: string }[]; requestId?: string };
};

/** Maps any thrown value to a status and a body that never leaks internals. */
export function describeError(error: unknown, requestId?: string): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    return { status: error.status, body: { error: { code: error.code, message: error.message, requestId } } };
  }
  if (error instanceof ZodError) {
    const issues = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    const first = issues[0];
    const message = first ? `Invalid input${first.path ? ` at ${first.path}` : ""}: ${first.message}` : "Invalid input";
    return { status: 400, body: { error: { code: "BAD_REQUEST", message, issues, requestId } } };
  }
  if (isServiceUnreachable(error)) {
    return { status: 503, body: { error: { code: "UNAVAILABLE", message: UNREACHABLE_MESSAGE, requestId } } };
  }
  return {
    status: 500,
    body: { error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again.", requestId } },
  };
}

const UNREACHABLE_MESSAGE = "A service LearnForge depends on is not answering just now. Try again in a moment.";

// The connection failed or the server is going away: socket errors, PostgreSQL's connection
// classes (08…) and shutdown codes (57P01–57P03), too many connections (53300).
const UNREACHABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08004", "08006"]);
const UNREACHABLE_MESSAGES = /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|the database system is (shutting down|starting up)|Connection closed/i;

/** Whether an error (or one of its causes) says a database or cache could not be reached, rather than that a query was wrong. */
export function isServiceUnreachable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && UNREACHABLE_CODES.has(code)) return true;
    if (UNREACHABLE_MESSAGES.test(current.message)) return true;
    current = current.cause;
  }
  return false;
}
