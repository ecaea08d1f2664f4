import { inject } from "vitest";
import type { Database } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import { createDatabase } from "./services/postgres";
import { useAppDatabase } from "./app-env";
import { startOpenAiStub, type OpenAiStubHandle } from "./openai-stub";

export type AiApp = {
  db: Database;
  stub: OpenAiStubHandle;
  teacher: User;
  learner: User;
  newLearner(name: string): Promise<User>;
};

const AI_ENV_KEYS = ["OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MAX_RETRIES", "OPENAI_TIMEOUT_MS", "OPENAI_EMBEDDING_MODEL", "UPSTASH_REDIS_REST_URL", "UPSTASH_REDIS_REST_TOKEN"];

/**
 * The app on a fresh real PostgreSQL with the demo content, its AI pointed at the stub provider
 * (through the real openai client) and its budgets and rate limits in the real redis-server
 * (through the Upstash HTTP front).
 */
export async function openAiApp(name: string): Promise<AiApp> {
  const stub = await startOpenAiStub();
  Object.assign(process.env, {
    OPENAI_API_KEY: "sk-test-stub",
    OPENAI_BASE_URL: stub.url,
    OPENAI_MAX_RETRIES: "0",
    OPENAI_TIMEOUT_MS: "1500",
    OPENAI_EMBEDDING_MODEL: "text-embedding-3-small",
    UPSTASH_REDIS_REST_URL: inject("upstashUrl"),
    UPSTASH_REDIS_REST_TOKEN: inject("upstashToken"),
  });
  const databaseUrl = await createDatabase(inject("databaseUrl"), `lf_${name}_${Date.now()}`);
  const { dbModule } = await useAppDatabase("pg", { databaseUrl });
  const connection = await dbModule.getDatabaseConnection();
  await connection.migrate(dbModule.MIGRATIONS_FOLDER);
  await (await import("@/drizzle/seed/seed")).seedDemoContent(connection.db);
  const users = await import("@/features/users/db");
  const demo = await users.selectDemoUsers();
  return {
    db: connection.db,
    stub,
    teacher: demo.find((user) => user.role === "teacher")!,
    learner: demo.find((user) => user.role === "learner")!,
    newLearner: (learnerName) => users.insertLocalDevUser({ name: learnerName, email: `${learnerName.toLowerCase().replace(/\W+/g, ".")}.${Date.now()}@example.test`, role: "learner" }),
  };
}

export async function closeAiApp(app: AiApp | undefined): Promise<void> {
  await app?.stub.stop();
  for (const key of AI_ENV_KEYS) delete process.env[key];
}

/** Collects an async generator's events. */
export async function collect<T>(events: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const event of events) all.push(event);
  return all;
}

/** Bodies the stub received on an endpoint, as JSON text (for scanning outbound prompts). */
export function outboundBodies(stub: OpenAiStubHandle, path = "/v1/chat/completions"): string[] {
  return stub
    .requests()
    .filter((request) => request.path === path)
    .map((request) => JSON.stringify(request.body));
}
