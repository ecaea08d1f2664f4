import { clerkMiddleware } from "@clerk/nextjs/server";
import type { NextFetchEvent, NextRequest, NextResponse } from "next/server";
import { env } from "@/data/env/server";

type Handler = (request: NextRequest) => NextResponse | Promise<NextResponse>;

/**
 * Wraps a proxy handler in Clerk's middleware. CLERK_JWT_KEY lets Clerk verify
 * session tokens without fetching JWKS (no network on the request path).
 */
export function withClerk(handler: Handler) {
  const middleware = clerkMiddleware(async (_auth, request) => handler(request), {
    // Clerk reads its two keys from the environment itself (passing secretKey here would need
    // CLERK_ENCRYPTION_KEY); the JWT key it does not read, so it is passed explicitly.
    jwtKey: env.CLERK_JWT_KEY,
    signInUrl: "/sign-in",
  });
  return (request: NextRequest, event: NextFetchEvent) => middleware(request, event);
}
