import type { TestProject } from "vitest/node";
import { startAllServices } from "../support/services";

// One real PostgreSQL (with pgvector), one redis-server, the Upstash-compatible HTTP front
// and the Neon WebSocket proxy, on free loopback ports, for the whole integration run.
declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    redisPort: number;
    upstashUrl: string;
    upstashToken: string;
    neonProxyPort: number;
  }
}

export default async function setup(project: TestProject) {
  const started = performance.now();
  const services = await startAllServices();
  console.log(`[integration] services ready in ${Math.round(performance.now() - started)} ms`);
  project.provide("databaseUrl", services.databaseUrl);
  project.provide("redisPort", services.redisPort);
  project.provide("upstashUrl", services.upstashUrl);
  project.provide("upstashToken", services.upstashToken);
  project.provide("neonProxyPort", services.neonProxyPort);
  return async () => {
    await services.stop();
  };
}
