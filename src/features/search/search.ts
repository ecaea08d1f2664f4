import "server-only";
import type { User } from "@/drizzle/schema";
import { EMBEDDING_DIMENSIONS } from "@/drizzle/schema";
import { logger } from "@/lib/logger";
import { aiModels, isEmbeddingConfigured } from "@/services/openai/config";
import { embedTexts } from "@/services/openai/embeddings";
import { estimateTokens, runAiCall } from "@/features/ai/run-ai";
import { selectChunkDetails, selectFullTextHits, selectVectorHits, type ChunkDetail } from "./db";
import { fuseRankings } from "./lib/rrf";

export const SEARCH_QUERY_MAX = 300;
const CANDIDATES = 20;

export type SearchMode = "hybrid" | "full_text";
export type SearchResult = { mode: SearchMode; results: ChunkDetail[] };

/**
 * Lesson search: full-text always; with an embedding model, vector neighbours too, fused by
 * reciprocal rank. A failed query embedding (budget, provider) falls back to full text.
 */
export async function searchLessonChunks(
  viewer: Pick<User, "id" | "role"> | null,
  query: string,
  options: { courseId?: string | null; limit?: number; matchAny?: boolean } = {},
): Promise<SearchResult> {
  const courseId = options.courseId ?? null;
  const limit = options.limit ?? 10;
  const textQuery = options.matchAny ? anyWordQuery(query) : query;
  let fullText = await selectFullTextHits(viewer, textQuery, { courseId, limit: CANDIDATES });
  // "All words" found nothing: a looser "any word" query still ranks chunks that share most words first.
  if (fullText.length === 0 && !options.matchAny) fullText = await selectFullTextHits(viewer, anyWordQuery(query), { courseId, limit: CANDIDATES });
  let vectorHits: { id: string }[] | null = null;
  const model = aiModels().embedding;
  if (viewer && model && isEmbeddingConfigured()) {
    try {
      const [vector] = await runAiCall({ caller: viewer, feature: "embedding", model, reserveTokens: estimateTokens(query) }, async (client) => {
        const result = await embedTexts(client, model, [query], EMBEDDING_DIMENSIONS);
        return { value: result.vectors, usage: result.usage };
      });
      if (vector) vectorHits = await selectVectorHits(viewer, vector, model, { courseId, limit: CANDIDATES });
    } catch (error) {
      logger.warn({ err: error }, "query embedding failed; searching full text only");
    }
  }
  // "hybrid" only when vectors contributed (chunks may not be embedded yet).
  const hybrid = vectorHits !== null && vectorHits.length > 0;
  const rankings = hybrid && vectorHits ? [fullText, vectorHits] : [fullText];
  const fused = fuseRankings(rankings, (hit) => hit.id, { limit });
  const results = await selectChunkDetails(viewer, fused.map((entry) => entry.item.id), anyWordQuery(query));
  return { mode: hybrid ? "hybrid" : "full_text", results };
}

/** A websearch query matching any of the words (questions in natural language rarely contain every word of a passage). */
export function anyWordQuery(text: string): string {
  const words = text.toLowerCase().normalize("NFKD").match(/[a-z][a-z0-9]{2,}/g) ?? [];
  return [...new Set(words)].slice(0, 30).join(" or ");
}
