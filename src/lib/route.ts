import "server-only";
import { NextResponse } from "next/server";
import { AppError, describeError } from "./errors";
import { loggerFor } from "./logger";
import { REQUEST_ID_HEADER, resolveRequestId } from "./request-id";
import { runWithRequestId } from "./request-context";
import { CROSS_SITE_MESSAGE, checkSameOrigin, isSafeMethod } from "./security/same-origin";

type RouteOptions = {
  /** "signed": the caller proves itself with a signature or bearer secret, not a cookie (webhooks, cron). */
  caller?: "browser" | "signed";
};

/**
 * Wraps a route handler: every thrown error becomes one JSON error body with the right status,
 * and a state-changing request from a browser must come from one of our pages (CSRF).
 */
export function routeHandler<Context>(run: (request: Request, context: Context) => Promise<Response>, options: RouteOptions = {}) {
  return async (request: Request, context: Context): Promise<Response> => {
    const requestId = resolveRequestId(request.headers.get(REQUEST_ID_HEADER));
    try {
      if (options.caller !== "signed" && !isSafeMethod(request.method)) {
        const origin = checkSameOrigin(request.headers);
        if (!origin.ok) throw new AppError("FORBIDDEN", CROSS_SITE_MESSAGE, { reason: origin.reason });
      }
      return await runWithRequestId(requestId, () => run(request, context));
    } catch (error) {
      const { status, body } = describeError(error, requestId);
      const log = loggerFor(requestId);
      if (status >= 500) log.error({ err: error, url: request.url }, "route handler failed");
      else log.info({ code: body.error.code, url: request.url }, "route handler rejected the request");
      return NextResponse.json(body, { status });
    }
  };
}
