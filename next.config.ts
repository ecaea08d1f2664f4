import type { NextConfig } from "next";
// Validates the environment at build and start: a malformed variable stops here with its name.
import { env } from "./src/data/env/server";
import { staticSecurityHeaders } from "./src/lib/security/security-headers";
import { PROXY_CLIENT_MAX_BODY_BYTES, SERVER_ACTION_BODY_LIMIT } from "./src/lib/security/body-limits";

// The release Sentry tags browser events with: the deployed commit.
const release = env.VERCEL_GIT_COMMIT_SHA ?? env.APP_COMMIT_SHA ?? "";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A self-contained server (node .next/standalone/server.js) for the Docker image, which builds
  // with BUILD_STANDALONE=1; `next start` (tests, `npm run serve`) keeps the regular output.
  output: env.BUILD_STANDALONE ? "standalone" : undefined,
  env: { NEXT_PUBLIC_APP_RELEASE: release },
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders({ https: Boolean(env.VERCEL_ENV) }) }];
  },
  // PGlite loads WASM and data files from its package directory at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-pgvector", "pino"],
  outputFileTracingIncludes: { "/**": ["./src/drizzle/migrations/**/*"] },
  typedRoutes: false,
  // A question-bank import (up to 1 MB of GIFT or JSON) arrives through a server action.
  experimental: { serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT }, proxyClientMaxBodySize: PROXY_CLIENT_MAX_BODY_BYTES },
  turbopack: {
    // Clerk's browser UI only when the build has its publishable key (see src/services/auth/clerk-ui.tsx).
    resolveAlias: {
      "learnforge-clerk-ui": env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY
        ? "./src/services/auth/clerk-ui.tsx"
        : "./src/services/auth/clerk-ui.off.tsx",
    },
  },
};

async function withSentryWhenConfigured(config: NextConfig): Promise<NextConfig> {
  // Sentry's build plugin only when a DSN is set; with no auth token it uploads nothing.
  if (!env.SENTRY_DSN && !env.NEXT_PUBLIC_SENTRY_DSN) return config;
  const { withSentryConfig } = await import("@sentry/nextjs/config");
  return withSentryConfig(config, {
    org: env.SENTRY_ORG,
    project: env.SENTRY_PROJECT,
    authToken: env.SENTRY_AUTH_TOKEN,
    silent: true,
    telemetry: false,
    sourcemaps: { disable: !env.SENTRY_AUTH_TOKEN },
  });
}

export default withSentryWhenConfigured(nextConfig);
