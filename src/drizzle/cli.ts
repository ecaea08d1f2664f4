// Shared start-up for the db:* scripts: load .env files the way Next.js does, then open the database.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd());

export async function withDatabase(task: (tools: typeof import("./db")) => Promise<void>): Promise<void> {
  const tools = await import("./db");
  const connection = await tools.getDatabaseConnection();
  try {
    await task(tools);
  } finally {
    await connection.close();
  }
}
