# LearnForge web as a container: the Next.js standalone server (`output: "standalone"`).
#
#   docker build -t learnforge-web --build-arg APP_COMMIT_SHA="$(git rev-parse HEAD)" .
#   docker run --rm -p 3000:3000 -v learnforge-data:/app/.data learnforge-web
#
# With no DATABASE_URL the server opens embedded PGlite in /app/.data (migrated and seeded
# on start); pass DATABASE_URL (and UPSTASH_*, Clerk keys, …) for a real deployment.
# docker-compose.yml runs this image against PostgreSQL and Redis. docs/operations.md
# covers the rest.

ARG NODE_IMAGE=node:20-bookworm-slim

# ── deps: every dependency, dev ones included (the build needs TypeScript, Tailwind, …) ──
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# npm install, not npm ci (see .ci/run): registries that serve only linux-x64 builds of
# platform packages (next's swc, tailwind's oxide, rollup) make npm ci's strict lock check
# fail on the missing darwin/windows optionals; npm install keeps every locked version.
RUN npm install --no-audit --no-fund

# ── build: the production build, with no real environment ───────────────────────────────
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# NEXT_PUBLIC_* values are inlined into the browser bundle at build time, and next.config.ts
# picks Clerk's UI and Sentry's build plugin from them: an image built without them runs
# with the development sign-in and no browser Sentry, whatever the container is given later.
# They are public values (a pk_ key, a DSN), never secrets.
# APP_COMMIT_SHA becomes the browser's Sentry release here (next.config.ts) and the
# deployed commit in /api/health at run time (below).
ARG NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=""
ARG NEXT_PUBLIC_SENTRY_DSN=""
ARG NEXT_PUBLIC_APP_URL=""
ARG APP_COMMIT_SHA=""
ENV NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=${NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY} \
    NEXT_PUBLIC_SENTRY_DSN=${NEXT_PUBLIC_SENTRY_DSN} \
    NEXT_PUBLIC_APP_URL=${NEXT_PUBLIC_APP_URL} \
    APP_COMMIT_SHA=${APP_COMMIT_SHA}
# SKIP_ENV_VALIDATION: the build has no server secrets, and route handlers stay dynamic,
# so nothing at build time needs them (the server validates its environment at start).
# BUILD_STANDALONE=1: next.config.ts then writes the self-contained server to .next/standalone.
RUN BUILD_STANDALONE=1 SKIP_ENV_VALIDATION=1 NEXT_TELEMETRY_DISABLED=1 npm run build

# ── runtime: the traced server only, as a non-root user ─────────────────────────────────
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0 \
    PORT=3000
# Reported by /api/health as the deployed commit (Vercel sets VERCEL_GIT_COMMIT_SHA instead).
ARG APP_COMMIT_SHA=""
ENV APP_COMMIT_SHA=${APP_COMMIT_SHA}

# A fixed uid/gid (10001) so volume ownership and Kubernetes runAsUser are predictable.
# /app/.data holds embedded PGlite, its lock file and the generated development sign-in
# secret when no DATABASE_URL / DEV_AUTH_SECRET is given; it must be writable by the user,
# and a named volume mounted there starts with this ownership.
RUN groupadd --system --gid 10001 learnforge \
 && useradd --system --uid 10001 --gid learnforge --home-dir /app --no-create-home --shell /usr/sbin/nologin learnforge \
 && mkdir -p /app/.data \
 && chown learnforge:learnforge /app/.data

# The standalone output holds server.js, the traced node_modules (PGlite's WASM and
# pgvector included) and .next/server. It belongs to the user because Next.js writes its
# prerender/fetch cache under .next at run time.
COPY --from=build --chown=learnforge:learnforge /app/.next/standalone ./
# Static assets are not part of the standalone output; the server serves them from here.
COPY --from=build --chown=learnforge:learnforge /app/.next/static ./.next/static
COPY --from=build /app/public ./public
# The server migrates embedded PGlite at start from src/drizzle/migrations (relative to its
# working directory). next.config.ts's outputFileTracingIncludes already traces the folder;
# copying it as well keeps a migration from going missing if tracing ever changes.
COPY --from=build /app/src/drizzle/migrations ./src/drizzle/migrations

USER learnforge:learnforge
EXPOSE 3000

# Readiness, not liveness: /api/health answers 200 only after a database round trip
# (503 otherwise), so "healthy" means the container can serve. There is no curl in the slim
# image; Node's fetch does the request. The start period covers a first start on PGlite
# (migrate + seed); the health route bounds its own database check at 3 s.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health',{signal:AbortSignal.timeout(8000)}).then(r=>process.exit(r.status===200?0:1),()=>process.exit(1))"]

# server.js (not `next start`): the standalone server, which also handles SIGTERM itself.
CMD ["node", "server.js"]
