"use server";

import { after } from "next/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { jsonField } from "@/lib/form-json";
import { enforceRateLimit, rateLimitIdentity } from "@/lib/rate-limit";
import { requireUser } from "@/services/auth/current-user";
import { createRateLimiter } from "@/services/redis/rate-limit";
import { savedResponseSchema } from "./components/answer-input";
import { saveAttemptAnswer, startAttempt, submitAttempt } from "./db";
import { selectAttemptForLearner } from "./db-view";
import { aiGradeAttemptInBackground } from "@/features/ai-grading/grade";
import type { LearnerSlotReview } from "./lib/present";

// Autosave fires on every pause in typing; the database enforces the rules, so an outage of the limiter's store lets saves through.
const saveLimiter = createRateLimiter({ prefix: "attempt-save", limit: 300, windowSeconds: 60, failMode: "open" });
// Fails open: with the rate-limit store down, learners can still start their tests (the attempt
// rules themselves live in the database: attempts allowed, one open attempt per test).
const startLimiter = createRateLimiter({ prefix: "attempt-start", limit: 30, windowSeconds: 60, failMode: "open" });

/** The engine's messages name times in ISO (UTC); the learner's page shows times in their own zone. */
function withoutIsoTime(message: string): string {
  return message.replace(/ at \d{4}-\d{2}-\d{2}T[\d:.]+Z/g, "");
}

const optionalUuid = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .transform((value) => value || null);

const startAttemptSchema = z.object({ testId: z.uuid("Not a test id"), assignmentId: optionalUuid });

/** Starts (or resumes) an attempt and opens the player. A window error keeps its meaning without a raw timestamp. */
export const startAttemptAction = validatedAction("startAttempt", startAttemptSchema, async ({ testId, assignmentId }) => {
  const learner = await requireUser();
  await enforceRateLimit(startLimiter, rateLimitIdentity(learner, await headers()));
  let attemptId: string;
  try {
    ({ attemptId } = await startAttempt(learner, testId, assignmentId));
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN" && error.details?.opensAt) {
      throw new AppError("FORBIDDEN", "This test is not open yet. Check the opening time above.");
    }
    if (error instanceof AppError && error.code === "FORBIDDEN" && error.details?.closesAt) {
      throw new AppError("FORBIDDEN", "This test has closed; no new attempts can start.");
    }
    throw error;
  }
  redirect(`/attempts/${attemptId}`);
});

export type SaveAnswerResult =
  | { kind: "saved"; savedAt: Date; answered: boolean; review: LearnerSlotReview }
  /** The attempt is over (submitted, or time ran out): the page should show the review. */
  | { kind: "closed"; message: string }
  /** With immediate feedback the first checked answer is final. */
  | { kind: "final"; message: string };

const saveAnswerSchema = z.object({
  attemptId: z.uuid("Not an attempt id"),
  slot: z.coerce.number().int().min(1).max(1_000),
  answer: jsonField(savedResponseSchema, 100_000),
});

/**
 * Autosaves one answer. Returns only the slot's part of the learner's view (whatever review
 * the policy releases right now), never the grading outcome itself.
 */
export const saveAnswerAction = validatedAction("saveAnswer", saveAnswerSchema, async ({ attemptId, slot, answer }): Promise<SaveAnswerResult> => {
  const learner = await requireUser();
  await enforceRateLimit(saveLimiter, rateLimitIdentity(learner, await headers()));
  let savedAt: Date;
  try {
    ({ savedAt } = await saveAttemptAnswer(learner, attemptId, slot, answer));
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") {
      // The engine tags "this attempt is closed" with its state; "already checked" has no details.
      return error.details?.state ? { kind: "closed", message: withoutIsoTime(error.message) } : { kind: "final", message: error.message };
    }
    throw error;
  }
  const view = await selectAttemptForLearner(learner, attemptId, { slot });
  const saved = view.slots.find((candidate) => candidate.slot === slot);
  return { kind: "saved", savedAt, answered: saved?.answered ?? false, review: saved?.review ?? {} };
});

/** Submits once (a second submit changes nothing) and reloads the attempt page, which then shows the review. */
export const submitAttemptAction = validatedAction("submitAttempt", z.object({ attemptId: z.uuid("Not an attempt id") }), async ({ attemptId }) => {
  const learner = await requireUser();
  try {
    const outcome = await submitAttempt(learner, attemptId);
    // Essays waiting for a mark get an AI grade after the response (the test's policy decides what happens to it).
    if (!outcome.duplicate && outcome.state !== "graded") after(() => aiGradeAttemptInBackground(attemptId));
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") throw new AppError("CONFLICT", withoutIsoTime(error.message), error.details);
    throw error;
  }
  redirect(`/attempts/${attemptId}`);
});
