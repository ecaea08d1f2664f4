"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { AI_OFF_MESSAGES } from "@/features/ai/messages";
import { aiRateLimiters } from "@/features/ai/limits";
import { validatedAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { enforceRateLimit, rateLimitIdentity } from "@/lib/rate-limit";
import { requireUser } from "@/services/auth/current-user";
import { isAiConfigured } from "@/services/openai/config";
import { assertAttemptGradable } from "./db";
import { aiGradeAttempt, type AiGradingSummary } from "./grade";

/** A teacher asks the AI to grade an attempt's essays now; the grades wait in the queue (or are released) as the test's policy says. */
export const aiGradeAttemptAction = validatedAction("aiGradeAttempt", z.object({ attemptId: z.uuid("Not a valid attempt") }), async ({ attemptId }): Promise<AiGradingSummary & { attemptId: string }> => {
  const teacher = await requireUser("teacher");
  // aiGradeAttempt quietly does nothing without a provider; a teacher who asked should hear why.
  if (!isAiConfigured()) throw new AppError("UNAVAILABLE", AI_OFF_MESSAGES.grading, { aiOff: true });
  await assertAttemptGradable(teacher, attemptId);
  await enforceRateLimit(aiRateLimiters.grading, rateLimitIdentity(teacher, await headers()));
  const summary = await aiGradeAttempt(attemptId, teacher);
  revalidatePath("/teach/grading");
  // A released mark changes totals in gradebooks too.
  if (summary.released > 0) revalidatePath("/teach", "layout");
  return { attemptId, ...summary };
});
