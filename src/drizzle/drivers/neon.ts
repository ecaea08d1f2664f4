import { Pool, neonConfig } from "@neondatabase/serverless";
import { drizzle } from "drizzle-orm/neon-serverless";
import { migrate } from "drizzle-orm/neon-serverless/migrator";
import ws from "ws";
import * as schema from "@/drizzle/schema";
import { logger } from "@/lib/logger";
import { queryCountLogger } from "./query-logger";
import type { Database, DatabaseConnection } from "./types";

/**
 * Neon's serverless driver: a pooled connection over WebSocket, with transactions.
 * `localProxy` (host:port) routes the WebSocket to a local proxy in front of a plain
 * PostgreSQL — how tests and docker-compose exercise this exact code path.
 */
export function openNeon(url: string, poolMax: number, localProxy?: string): DatabaseConnection {
  neonConfig.webSocketConstructor = ws;
  if (localProxy) {
    neonConfig.wsProxy = (host, port) => `${localProxy}/v2?address=${host}:${port}`;
    neonConfig.useSecureWebSocket = false;
    neonConfig.pipelineTLS = false;
    neonConfig.pipelineConnect = false;
    neonConfig.coalesceWrites = false;
  }
  const pool = new Pool({ connectionString: url, max: poolMax });
  pool.on("error", (error: Error) =>
    logger.error({ err: error }, "neon pool error: an idle connection failed"),
  );
  const db = drizzle({ client: pool, schema, logger: queryCountLogger });
  return {
    db: db as unknown as Database,
    driver: "neon",
    migrate: (migrationsFolder) => migrate(db, { migrationsFolder }),
    close: () => pool.end(),
  };
}
