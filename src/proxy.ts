import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { guardApiRequest } from "@/services/arcjet";
import { isClerkEnabled } from "@/services/auth/config";
import { withClerk } from "@/services/auth/clerk-middleware";
import { logger } from "@/lib/logger";
import { REQUEST_ID_HEADER, resolveRequestId } from "@/lib/request-id";

// The proxy guards and labels requests. It never authorises: every data access
// re-checks the caller, so a request that skips the proxy sees nothing more.

const MACHINE_PATHS = /^\/api\/(health|webhooks|cron)(\/|$)/;

async function handle(request: NextRequest): Promise<NextResponse> {
  const requestId = resolveRequestId(request.headers.get(REQUEST_ID_HEADER));
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    const decision = await guardApiRequest(request, { machineTraffic: MACHINE_PATHS.test(pathname) });
    if (decision.outcome === "deny") {
      logger.warn({ requestId, pathname, reason: decision.reason }, "request denied by the guard");
      return NextResponse.json(
        { error: { code: decision.status === 429 ? "RATE_LIMITED" : "FORBIDDEN", message: "Request blocked.", requestId } },
        { status: decision.status, headers: { [REQUEST_ID_HEADER]: requestId } },
      );
    }
    // Fail open: the guard is a filter in front of real authorisation, not a gate.
    if (decision.outcome === "error") logger.warn({ requestId, pathname, err: decision.message }, "guard unavailable");
  }
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

const clerkHandler = isClerkEnabled() ? withClerk(handle) : null;

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  return clerkHandler ? clerkHandler(request, event) : handle(request);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
