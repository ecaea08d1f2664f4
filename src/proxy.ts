import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { guardApiRequest } from "@/services/arcjet";
import { isClerkEnabled } from "@/services/auth/config";
import { withClerk } from "@/services/auth/clerk-middleware";
import { env } from "@/data/env/server";
import { logger } from "@/lib/logger";
import { apiGuardMode } from "@/lib/security/api-guard-paths";
import { CROSS_SITE_MESSAGE, checkSameOrigin, isSafeMethod } from "@/lib/security/same-origin";
import { SERVER_ACTION_BODY_LIMIT_BYTES, declaredLength } from "@/lib/security/body-limits";
import { REQUEST_ID_HEADER, resolveRequestId } from "@/lib/request-id";
import { buildContentSecurityPolicy, clerkFrontendApiFromKey, createNonce, sentryIngestOriginFromDsn } from "@/lib/security/content-security-policy";

// The proxy guards and labels requests. It never authorises: every data access
// re-checks the caller, so a request that skips the proxy sees nothing more.

const CSP_HEADER = "Content-Security-Policy";
const cspSettings = {
  development: env.NODE_ENV === "development",
  upgradeInsecureRequests: Boolean(env.VERCEL_ENV),
  clerkFrontendApi: isClerkEnabled() ? clerkFrontendApiFromKey(env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY) : null,
  sentryIngestOrigin: sentryIngestOriginFromDsn(env.NEXT_PUBLIC_SENTRY_DSN),
};

// Callers that prove themselves with a signature, not a cookie.
const SIGNED_CALLER_PATHS = /^\/api\/webhooks\//;

async function handle(request: NextRequest): Promise<NextResponse> {
  const requestId = resolveRequestId(request.headers.get(REQUEST_ID_HEADER));
  const { pathname } = request.nextUrl;
  // CSRF, before any work: server actions and API writes re-check this themselves (the proxy
  // may not run), but refusing here keeps a forged action from reaching the framework at all.
  if (!isSafeMethod(request.method) && !SIGNED_CALLER_PATHS.test(pathname)) {
    const origin = checkSameOrigin(request.headers);
    if (!origin.ok) {
      logger.warn({ requestId, pathname, reason: origin.reason }, "cross-site request refused");
      return NextResponse.json({ error: { code: "FORBIDDEN", message: CROSS_SITE_MESSAGE, requestId } }, { status: 403, headers: { [REQUEST_ID_HEADER]: requestId } });
    }
    const length = declaredLength(request.headers);
    if (request.headers.has("next-action") && length !== null && length > SERVER_ACTION_BODY_LIMIT_BYTES) {
      const message = `The request is ${length.toLocaleString("en")} bytes; the limit is ${SERVER_ACTION_BODY_LIMIT_BYTES.toLocaleString("en")}.`;
      return NextResponse.json({ error: { code: "PAYLOAD_TOO_LARGE", message, requestId } }, { status: 413, headers: { [REQUEST_ID_HEADER]: requestId } });
    }
  }
  const guardMode = pathname.startsWith("/api/") ? apiGuardMode(pathname) : "none";
  if (guardMode !== "none") {
    const decision = await guardApiRequest(request, { machineTraffic: guardMode === "machine" });
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
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  const policy = buildContentSecurityPolicy({ nonce: createNonce(), ...cspSettings });
  headers.set(CSP_HEADER, policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set(CSP_HEADER, policy);
  return response;
}

const clerkHandler = isClerkEnabled() ? withClerk(handle) : null;

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  return clerkHandler ? clerkHandler(request, event) : handle(request);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
