"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { requestNow } from "@/lib/clock";
import { jsonField } from "@/lib/form-json";
import { enforceRateLimit, rateLimitIdentity } from "@/lib/rate-limit";
import { requireUser } from "@/services/auth/current-user";
import { createRateLimiter } from "@/services/redis/rate-limit";
import { savedResponseSchema } from "@/features/attempts/components/answer-input";
import { recordPracticeAnswer, servePracticeQuestion } from "./db";
import { advancePlacement } from "./db-placement";

// A learner answers a question every few seconds at most; the database keeps answers exactly-once, so the limiter may fail open.
const practiceLimiter = createRateLimiter({ prefix: "practice", limit: 120, windowSeconds: 60, failMode: "open" });

const courseSlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Not a course").max(120);
const topicRequestSchema = z
  .union([z.literal("need"), z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Not a topic").max(120)])
  .transform((value) => (value === "need" ? null : value));

async function limitedLearner() {
  const learner = await requireUser();
  await enforceRateLimit(practiceLimiter, rateLimitIdentity(learner, await headers()));
  return learner;
}

/** Serves the next practice question of a topic ("need": the topic the learner needs most). */
export const servePracticeAction = validatedAction(
  "servePractice",
  z.object({ courseSlug: courseSlugSchema, topic: topicRequestSchema }),
  async ({ courseSlug, topic }) => servePracticeQuestion(await limitedLearner(), courseSlug, topic),
);

/**
 * Records an answer to a served question and returns the verdict with the explanation. The
 * served item's id is the idempotency key: sending the same answer again replays the verdict.
 */
export const answerPracticeAction = validatedAction(
  "answerPractice",
  z.object({
    itemId: z.uuid("Not a practice question"),
    answer: jsonField(savedResponseSchema, 20_000),
    durationMs: z.coerce.number().int().min(0).max(86_400_000).optional(),
  }),
  async ({ itemId, answer, durationMs }) => {
    const learner = await limitedLearner();
    const { feedback } = await recordPracticeAnswer(learner, itemId, answer, durationMs ?? null, await requestNow());
    return feedback;
  },
);

/** The placement check's next step: another question, or the result once the estimate is certain enough. */
export const advancePlacementAction = validatedAction("advancePlacement", z.object({ courseSlug: courseSlugSchema }), async ({ courseSlug }) =>
  advancePlacement(await limitedLearner(), courseSlug),
);
