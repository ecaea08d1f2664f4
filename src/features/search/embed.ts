import "server-only";
import { EMBEDDING_DIMENSIONS } from "@/drizzle/schema";
import { logger } from "@/lib/logger";
import { aiModels, isEmbeddingConfigured } from "@/services/openai/config";
import { embedTexts } from "@/services/openai/embeddings";
import { estimateTokens, runAiCall, type AiCaller } from "@/features/ai/run-ai";
import { selectChunksToEmbed, updateChunkEmbedding } from "./db-index";

const BATCH = 32;

/**
 * Embeds chunks that have no embedding from the configured model, in batches, charged to the
 * caller's budget. Runs after the response (never blocking a save); a failure leaves the chunks
 * for the next run and full-text search keeps working.
 */
export async function embedPendingChunks(caller: AiCaller, options: { lessonId?: string; maxBatches?: number } = {}): Promise<{ embedded: number }> {
  const model = aiModels().embedding;
  if (!isEmbeddingConfigured() || !model) return { embedded: 0 };
  let embedded = 0;
  for (let batch = 0; batch < (options.maxBatches ?? 20); batch += 1) {
    const chunks = await selectChunksToEmbed(model, { lessonId: options.lessonId, limit: BATCH });
    if (chunks.length === 0) break;
    const texts = chunks.map((chunk) => `${chunk.heading}\n\n${chunk.content}`);
    const vectors = await runAiCall({ caller, feature: "embedding", model, reserveTokens: estimateTokens(...texts) }, async (client) => {
      const result = await embedTexts(client, model, texts, EMBEDDING_DIMENSIONS);
      return { value: result.vectors, usage: result.usage };
    });
    for (const [index, chunk] of chunks.entries()) {
      const vector = vectors[index];
      if (vector && (await updateChunkEmbedding(chunk, vector, model))) embedded += 1;
    }
    if (chunks.length < BATCH) break;
  }
  return { embedded };
}

/** For `after()`: embeds and logs instead of throwing (the request has already been answered). */
export async function embedPendingChunksInBackground(caller: AiCaller, lessonId?: string): Promise<void> {
  try {
    const { embedded } = await embedPendingChunks(caller, { lessonId });
    if (embedded > 0) logger.info({ embedded, lessonId }, "embedded lesson chunks");
  } catch (error) {
    logger.warn({ err: error, lessonId }, "embedding lesson chunks failed; full-text search still covers them");
  }
}
