import OpenAI from "openai";
import { env } from "@/data/env/server";

// The one place that constructs the OpenAI SDK client; features use the helpers in this folder.
export type OpenAiClient = OpenAI;

export type OpenAiClientConfig = { apiKey: string; baseURL?: string; timeoutMs: number; maxRetries: number };

export function createOpenAiClient({ apiKey, baseURL, timeoutMs, maxRetries }: OpenAiClientConfig): OpenAiClient {
  // maxRetries: the SDK retries 408/409/429/5xx and connection errors with exponential backoff.
  return new OpenAI({ apiKey, baseURL, timeout: timeoutMs, maxRetries });
}

let configured: OpenAiClient | null | undefined;

/** The client for OPENAI_API_KEY (and OPENAI_BASE_URL), or null when AI is not configured. */
export function getOpenAiClient(): OpenAiClient | null {
  if (configured === undefined) {
    configured = env.OPENAI_API_KEY
      ? createOpenAiClient({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL, timeoutMs: env.OPENAI_TIMEOUT_MS, maxRetries: env.OPENAI_MAX_RETRIES })
      : null;
  }
  return configured;
}
