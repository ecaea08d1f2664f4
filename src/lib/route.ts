import "server-only";
import { NextResponse } from "next/server";
import { describeError } from "./errors";
import { loggerFor } from "./logger";
import { REQUEST_ID_HEADER, resolveRequestId } from "./request-id";
import { runWithRequestId } from "./request-context";

/** Wraps a route handler: every thrown error becomes one JSON error body with the right status. */
export function routeHandler<Context>(run: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    const requestId = resolveRequestId(request.headers.get(REQUEST_ID_HEADER));
    try {
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
