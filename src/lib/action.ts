import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { headers } from "next/headers";
import { AppError, describeError, type ErrorCode } from "./errors";
import { loggerFor } from "./logger";
import { REQUEST_ID_HEADER, resolveRequestId } from "./request-id";
import { runWithRequestId } from "./request-context";
import { CROSS_SITE_MESSAGE, checkSameOrigin } from "./security/same-origin";

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

// React resets a form after its action; echoing the text back lets the form refill itself.
function submittedText(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$") && !/password|secret|token/i.test(key)) values[key] = value.slice(0, 2_000);
  }
  return values;
}

function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    fields[key] ??= issue.message;
  }
  return fields;
}

/**
 * Server actions are public POST endpoints: every one goes through here so that its
 * input is validated and every failure becomes a typed result (redirects pass through).
 */
export function validatedAction<Schema extends z.ZodType, T>(
  name: string,
  schema: Schema,
  run: (input: z.infer<Schema>) => Promise<T>,
) {
  return async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    const requestHeaders = await headers();
    const requestId = resolveRequestId(requestHeaders.get(REQUEST_ID_HEADER));
    // The proxy refuses cross-site posts first; this holds even where the proxy does not run.
    const origin = checkSameOrigin(requestHeaders);
    if (!origin.ok) {
      loggerFor(requestId).warn({ action: name, reason: origin.reason }, "cross-site server action refused");
      return { ok: false, code: "FORBIDDEN", message: CROSS_SITE_MESSAGE };
    }
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      const message = Object.values(fieldErrors)[0] ?? "Check the form and try again.";
      return { ok: false, code: "BAD_REQUEST", message, fieldErrors, values: submittedText(formData) };
    }
    try {
      return { ok: true, data: await runWithRequestId(requestId, () => run(parsed.data)) };
    } catch (error) {
      unstable_rethrow(error);
      const { body, status } = describeError(error, requestId);
      const log = loggerFor(requestId);
      if (status >= 500) log.error({ err: error, action: name }, "server action failed");
      else if (!(error instanceof AppError)) log.warn({ err: error, action: name }, "server action rejected");
      return { ok: false, code: body.error.code, message: body.error.message, values: submittedText(formData) };
    }
  };
}
