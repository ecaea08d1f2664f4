// POST /api/ai/tutor — stream a tutor reply (server-sent events) grounded in the course's passages.
import { z } from "zod";
import { routeHandler } from "@/lib/route";
import { enforceRateLimit, rateLimitIdentity } from "@/lib/rate-limit";
import { sseResponse } from "@/lib/sse";
import { requireUser } from "@/services/auth/current-user";
import { aiRateLimiters } from "@/features/ai/limits";
import { TUTOR_MESSAGE_MAX } from "@/features/tutor/lib/prompt";
import { startTutorReply } from "@/features/tutor/reply";
import { readJsonBody } from "@/lib/json-body";

export const dynamic = "force-dynamic";
// Room for the provider timeout (OPENAI_TIMEOUT_MS, 30 s) and its retries before the platform ends the function.
export const maxDuration = 120;

const tutorRequestSchema = z.object({
  courseSlug: z.string().min(1).max(120),
  conversationId: z.uuid("Not a conversation").optional(),
  message: z
    .string()
    .trim()
    .min(1, "Write a question for the tutor")
    .max(TUTOR_MESSAGE_MAX, `A message can be at most ${TUTOR_MESSAGE_MAX.toLocaleString("en")} characters`),
  socratic: z.boolean().optional(),
});

export const POST = routeHandler(async (request) => {
  const user = await requireUser();
  // A malformed or oversized request gets its own answer (400, 413), and costs no rate-limit slot.
  const input = tutorRequestSchema.parse(await readJsonBody(request, 16_000));
  await enforceRateLimit(aiRateLimiters.tutor, rateLimitIdentity(user, request.headers));
  const events = await startTutorReply(user, input);
  return sseResponse(events);
});
