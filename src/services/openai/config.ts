import { env } from "@/data/env/server";

/** AI features need a key; a base URL alone (a self-hosted server) counts when it is set with a key. */
export function isAiConfigured(): boolean {
  return Boolean(env.OPENAI_API_KEY);
}

/** Hybrid (vector + full-text) search is on only when an embedding model is named as well. */
export function isEmbeddingConfigured(): boolean {
  return isAiConfigured() && Boolean(env.OPENAI_EMBEDDING_MODEL);
}

export type AiModels = { chat: string; vision: string; transcription: string; embedding: string | null };

export function aiModels(): AiModels {
  return {
    chat: env.OPENAI_MODEL,
    vision: env.OPENAI_VISION_MODEL ?? env.OPENAI_MODEL,
    transcription: env.OPENAI_TRANSCRIPTION_MODEL,
    embedding: env.OPENAI_EMBEDDING_MODEL ?? null,
  };
}

/** Estimated cost of a call in millionths of a dollar, from the configured per-million-token prices. */
export function estimateCostMicros(inputTokens: number, outputTokens: number): number {
  return Math.round(inputTokens * env.OPENAI_PRICE_INPUT_PER_MTOK + outputTokens * env.OPENAI_PRICE_OUTPUT_PER_MTOK);
}
