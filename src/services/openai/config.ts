import { env } from "@/data/env/server";

/** AI features need a key; a base URL alone (a self-hosted server) counts when it is set with a key. */
export function isAiConfigured(): boolean {
  return Boolean(env.OPENAI_API_KEY);
}
