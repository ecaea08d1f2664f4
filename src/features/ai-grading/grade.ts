import "server-only";
import type { User } from "@/drizzle/schema";
import { logger } from "@/lib/logger";
import { aiModels, isAiConfigured } from "@/services/openai/config";
import { AiCallError } from "@/services/openai/errors";
import { completeStructured } from "@/services/openai/structured";
import { looksLikeInjection } from "@/features/ai/lib/untrusted";
import { estimateTokens, runAiCall } from "@/features/ai/run-ai";
import { selectAiGradingWork, storeAiGrade, type AiGradingWork } from "./db";
import { essayGradeOutputSchema, RELEASE_CONFIDENCE, validateEssayGrade, type ValidGrade } from "./lib/grade-output";
import { buildGradingMessages } from "./lib/prompt";

const GRADE_MAX_OUTPUT_TOKENS = 800;

export type AiGradingSummary = { released: number; queued: number; failed: number; skipped: number };

/** Asks the model for a grade and validates it; an invalid grade is an AiCallError (recorded, never stored). */
async function gradeOne(work: AiGradingWork, model: string, caller: Pick<User, "id" | "role">): Promise<ValidGrade> {
  const messages = buildGradingMessages({ stem: work.stem, rubric: work.rubric, answer: work.answer });
  return runAiCall({ caller, feature: "grading", model, reserveTokens: estimateTokens(String(messages[0]?.content), work.answer) + GRADE_MAX_OUTPUT_TOKENS }, async (client) => {
    const { value, usage } = await completeStructured(client, { model, messages, schema: essayGradeOutputSchema, schemaName: "essay_grade", maxOutputTokens: GRADE_MAX_OUTPUT_TOKENS, temperature: 0 });
    const checked = validateEssayGrade(value, work.rubric, work.points);
    if (!checked.ok) throw new AiCallError("invalid_output", `The AI grade was refused: ${checked.reason}`, usage);
    return { value: checked.grade, usage };
  });
}

/**
 * AI-grades the essays of a closed attempt. Under "release_confident" a grade at or above the
 * confidence threshold is released; everything else waits in the teacher's queue with the AI's
 * suggestion. An answer that looks like an injection attempt is never released automatically.
 */
export async function aiGradeAttempt(attemptId: string, teacher?: Pick<User, "id" | "role">): Promise<AiGradingSummary> {
  const summary: AiGradingSummary = { released: 0, queued: 0, failed: 0, skipped: 0 };
  if (!isAiConfigured()) return summary;
  const model = aiModels().chat;
  for (const work of await selectAiGradingWork(attemptId, teacher)) {
    try {
      // A teacher who asks pays from their own budget; the background job charges the test's author.
      const grade = await gradeOne(work, model, teacher ?? { id: work.authorId, role: "teacher" });
      const release = work.policy === "release_confident" && grade.confidence >= RELEASE_CONFIDENCE && !looksLikeInjection(work.answer);
      summary[await storeAiGrade(work, grade, model, release)] += 1;
    } catch (error) {
      summary.failed += 1;
      if (teacher) throw error;
      logger.warn({ err: error, attemptId, slot: work.slot }, "AI grading failed; the essay stays in the teacher's queue");
    }
  }
  return summary;
}

/** For `after()` once an attempt closes: never throws, the essay simply stays queued. */
export async function aiGradeAttemptInBackground(attemptId: string): Promise<void> {
  try {
    const summary = await aiGradeAttempt(attemptId);
    if (summary.released + summary.queued + summary.failed > 0) logger.info({ attemptId, ...summary }, "AI graded an attempt");
  } catch (error) {
    logger.error({ err: error, attemptId }, "AI grading job failed");
  }
}
