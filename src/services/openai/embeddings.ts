import { toAiCallError, type TokenUsage } from "./errors";
import type { OpenAiClient } from "./client";

export type EmbeddingResult = { vectors: number[][]; usage: TokenUsage };

/** Embeds texts in order; `dimensions` is asked for explicitly so the vectors fit the database column. */
export async function embedTexts(client: OpenAiClient, model: string, texts: string[], dimensions: number): Promise<EmbeddingResult> {
  try {
    const response = await client.embeddings.create({ model, input: texts, dimensions });
    const vectors = [...response.data].sort((a, b) => a.index - b.index).map((item) => item.embedding);
    if (vectors.length !== texts.length || vectors.some((vector) => vector.length !== dimensions)) {
      throw new Error(`expected ${texts.length} vectors of ${dimensions} numbers`);
    }
    return { vectors, usage: { inputTokens: response.usage?.prompt_tokens ?? 0, outputTokens: 0 } };
  } catch (error) {
    throw toAiCallError(error);
  }
}
