import "server-only";
import { getDb } from "@/drizzle/db";
import { AiUsageTable, type AiCallOutcome, type AiFeature } from "@/drizzle/schema";

export type AiUsageRecord = {
  userId: string | null;
  feature: AiFeature;
  model: string;
  inputTokens: number;
  outputTokens: number;
  costMicros: number;
  outcome: AiCallOutcome;
  durationMs: number;
  requestId: string | null;
};

/** One row per model call (successful or not): the source of usage reports and cost by feature. */
export async function insertAiUsage(record: AiUsageRecord): Promise<void> {
  const db = await getDb();
  await db.insert(AiUsageTable).values(record);
}
