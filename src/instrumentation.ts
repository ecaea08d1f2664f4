import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Importing the env module validates it: a bad variable stops the server at start with its name.
  const { env } = await import("@/data/env/server");
  const { initServerSentry } = await import("@/services/sentry/server");
  await initServerSentry();
  // Self-hosted servers log every request; Vercel keeps its own request log.
  if (!env.VERCEL_ENV) {
    const [{ installAccessLog }, { logger }] = await Promise.all([import("@/lib/access-log"), import("@/lib/logger")]);
    installAccessLog((line) => logger.info(line, "request"));
  }
  // Open (and for PGlite migrate and seed) the database now rather than on the first
  // visitor's request — but never in build workers, which must not touch the data dir.
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    const [{ getDatabaseConnection }, { logger }] = await Promise.all([import("@/drizzle/db"), import("@/lib/logger")]);
    getDatabaseConnection().catch((error: unknown) =>
      logger.error({ err: error }, "database not available at start; requests will retry"),
    );
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/lib/logger");
  const requestId = request.headers["x-request-id"];
  logger.error(
    { err: error, requestId: Array.isArray(requestId) ? requestId[0] : requestId, path: request.path, routeType: context.routeType },
    "request failed",
  );
  const { captureRequestError } = await import("@/services/sentry/server");
  await captureRequestError(error, request, context);
};
