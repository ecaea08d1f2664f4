"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { requestNow } from "@/lib/clock";
import { jsonField } from "@/lib/form-json";
import { enforceRateLimit, rateLimitIdentity } from "@/lib/rate-limit";
import { requireUser } from "@/services/auth/current-user";
import { createRateLimiter } from "@/services/redis/rate-limit";
import { savedResponseSchema } from "@/features/attempts/components/answer-input";
import { checkReviewAnswer, rateReviewCard } from "./db-rate";
import { insertOwnFlashcard, starPracticeQuestion, upsertLearnerSettings } from "./db-cards";
import { selectNextReviewCard } from "./db";
import { MAX_RETENTION, MIN_RETENTION } from "./lib/scheduler";
import { isValidTimeZone } from "./lib/days";

// Reviews come every few seconds at most; ratings are exactly-once in the database, so the limiter may fail open.
const reviewLimiter = createRateLimiter({ prefix: "review", limit: 120, windowSeconds: 60, failMode: "open" });

async function limitedLearner() {
  const learner = await requireUser();
  await enforceRateLimit(reviewLimiter, rateLimitIdentity(learner, await headers()));
  return learner;
}

const durationSchema = z.coerce.number().int().min(0).max(86_400_000).optional();

/** Marks the answer to a due question card and suggests a rating; records nothing. */
export const checkReviewAction = validatedAction(
  "checkReview",
  z.object({ cardId: z.uuid("Not a review card"), answer: jsonField(savedResponseSchema, 20_000), durationMs: durationSchema }),
  async ({ cardId, answer, durationMs }) => checkReviewAnswer(await limitedLearner(), cardId, answer, durationMs ?? null, await requestNow()),
);

/** Records the learner's rating (once) and returns the next card of today's queue. */
export const rateReviewAction = validatedAction(
  "rateReview",
  z.object({
    cardId: z.uuid("Not a review card"),
    rating: z.coerce.number().int().min(1, "Rate Again, Hard, Good or Easy").max(4, "Rate Again, Hard, Good or Easy"),
    reps: z.coerce.number().int().min(0),
    answer: jsonField(savedResponseSchema, 20_000).optional(),
    durationMs: durationSchema,
  }),
  async ({ cardId, rating, reps, answer, durationMs }) => {
    const learner = await limitedLearner();
    const now = await requestNow();
    const outcome = await rateReviewCard(learner, cardId, { rating: rating as 1 | 2 | 3 | 4, reps, response: answer, durationMs: durationMs ?? null }, now);
    const next = await selectNextReviewCard(learner, now);
    return { outcome, next: next.card, remaining: next.remaining };
  },
);

/** Stars a question answered in practice: it joins the learner's reviews. */
export const starPracticeQuestionAction = validatedAction("starPracticeQuestion", z.object({ itemId: z.uuid("Not a practice question") }), async ({ itemId }) =>
  starPracticeQuestion(await limitedLearner(), itemId, await requestNow()),
);

const flashcardSchema = z.object({
  front: z.string().trim().min(1, "Write the front of the card").max(2_000, "The front is at most 2,000 characters"),
  back: z.string().trim().min(1, "Write the back of the card").max(5_000, "The back is at most 5,000 characters"),
  courseSlug: z
    .union([z.literal(""), z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Not a course")])
    .optional()
    .transform((value) => value || null),
});

/** A flashcard the learner writes; due at once. */
export const createFlashcardAction = validatedAction("createFlashcard", flashcardSchema, async (card) => {
  const created = await insertOwnFlashcard(await limitedLearner(), card, await requestNow());
  revalidatePath("/review");
  return created;
});

const timeZoneSchema = z.string().max(64).refine(isValidTimeZone, "Not a time zone");

/** Desired retention (as a percentage in the form) and time zone. */
export const saveReviewSettingsAction = validatedAction(
  "saveReviewSettings",
  z.object({
    retentionPercent: z.coerce
      .number({ error: "Enter a percentage" })
      .min(MIN_RETENTION * 100, `At least ${MIN_RETENTION * 100}%`)
      .max(MAX_RETENTION * 100, `At most ${MAX_RETENTION * 100}%`),
    timeZone: timeZoneSchema,
  }),
  async ({ retentionPercent, timeZone }) => {
    await upsertLearnerSettings(await requireUser(), { desiredRetention: Math.round(retentionPercent * 10) / 1000, timeZone });
    revalidatePath("/review");
    revalidatePath("/dashboard");
  },
);

/** The browser's time zone, sent once when none is stored, so "today" matches the learner's day. */
export const rememberTimeZoneAction = validatedAction("rememberTimeZone", z.object({ timeZone: timeZoneSchema }), async ({ timeZone }) => {
  await upsertLearnerSettings(await requireUser(), { timeZone });
});
