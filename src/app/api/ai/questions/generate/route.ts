// POST /api/ai/questions/generate — stream AI question drafts from a lesson (server-sent events).
import { z } from "zod";
import { QUESTION_TYPES } from "@/drizzle/schema/enum-values";
import { readJsonBody } from "@/lib/json-body";
import { enforceRateLimit, rateLimitIdentity } from "@/lib/rate-limit";
import { routeHandler } from "@/lib/route";
import { sseResponse } from "@/lib/sse";
import { requireUser } from "@/services/auth/current-user";
import { aiRateLimiters } from "@/features/ai/limits";
import { requireAiClient } from "@/features/ai/run-ai";
import { startQuestionGeneration } from "@/features/question-generation/generate";
import { MAX_QUESTIONS_PER_REQUEST } from "@/features/question-generation/types";
import { DIFFICULTIES } from "@/features/question-generation/lib/output";

export const dynamic = "force-dynamic";
export const maxDuration = 300;

const generationRequestSchema = z.object({
  courseId: z.uuid("Not a course"),
  lessonId: z.uuid("Choose a lesson"),
  chunkIds: z.array(z.uuid()).min(1, "Choose at least one passage").max(50).nullable().default(null),
  count: z.number().int().min(1, "Ask for at least one question").max(MAX_QUESTIONS_PER_REQUEST, `Ask for at most ${MAX_QUESTIONS_PER_REQUEST} questions at a time`),
  types: z.array(z.enum(QUESTION_TYPES)).min(1, "Choose at least one question type").max(QUESTION_TYPES.length),
  difficulty: z.enum(DIFFICULTIES).default("medium"),
  topicSlugs: z.array(z.string().max(120)).max(10).default([]),
});

export const POST = routeHandler(async (request) => {
  const teacher = await requireUser("teacher");
  const input = generationRequestSchema.parse(await readJsonBody(request, 16_000));
  requireAiClient("question_generation");
  await enforceRateLimit(aiRateLimiters.questionGeneration, rateLimitIdentity(teacher, request.headers));
  return sseResponse(await startQuestionGeneration(teacher, input));
});
