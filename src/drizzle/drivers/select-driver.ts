import type { DatabaseDriver } from "./types";

const NEON_HOST = /\.neon\.(tech|build)$/i;

/** DATABASE_DRIVER wins; otherwise no URL → PGlite, a Neon host → Neon, any other URL → node-postgres. */
export function selectDatabaseDriver(config: { url?: string; driver?: DatabaseDriver }): DatabaseDriver {
  if (config.driver) return config.driver;
  if (!config.url) return "pglite";
  const host = new URL(config.url).hostname;
  return NEON_HOST.test(host) ? "neon" : "pg";
}

/** The URL without its password, safe for logs and the health endpoint. */
export function redactDatabaseUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
