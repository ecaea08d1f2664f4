import { z } from "zod";
import { AI_GRADING_POLICIES, GRADING_METHODS, REVIEW_TIMINGS } from "@/drizzle/schema/enum-values";

const optionalDate = z.coerce.date({ error: "Not a valid date and time" }).nullable().default(null);

/** A test's policies, as the editor and the API send them. */
export const testSettingsSchema = z
  .object({
    title: z.string().trim().min(1, "Give the test a title").max(200, "A title is at most 200 characters"),
    description: z.string().trim().max(5_000).default(""),
    timeLimitMinutes: z.number().int().min(1, "A time limit is at least 1 minute").max(24 * 60, "A time limit is at most 24 hours").nullable().default(null),
    attemptsAllowed: z.number().int().min(1, "Allow at least one attempt").max(100).nullable().default(null),
    gradingMethod: z.enum(GRADING_METHODS).default("highest"),
    shuffleQuestions: z.boolean().default(false),
    shuffleOptions: z.boolean().default(false),
    feedbackTiming: z.enum(REVIEW_TIMINGS).default("after_submit"),
    correctAnswersTiming: z.enum(REVIEW_TIMINGS).default("after_close"),
    aiGrading: z.enum(AI_GRADING_POLICIES).default("suggest"),
    opensAt: optionalDate,
    closesAt: optionalDate,
  })
  .refine((settings) => !settings.opensAt || !settings.closesAt || settings.opensAt < settings.closesAt, {
    path: ["closesAt"],
    message: "The test must close after it opens",
  });
export type TestSettings = z.infer<typeof testSettingsSchema>;
export type TestSettingsInput = z.input<typeof testSettingsSchema>;

export const testItemInputSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("question"), questionId: z.uuid("Not a question id"), points: z.number().positive().max(100).default(1) }),
  z.object({
    kind: z.literal("draw"),
    topicSlug: z.string().min(1).max(120),
    drawCount: z.number().int().min(1, "Draw at least one question").max(50, "Draw at most 50 questions"),
    points: z.number().positive().max(100).default(1),
  }),
]);
export type TestItemInput = z.infer<typeof testItemInputSchema>;

export const testItemsSchema = z
  .array(testItemInputSchema)
  .max(200, "A test has at most 200 lines")
  .refine((items) => {
    const ids = items.flatMap((item) => (item.kind === "question" ? [item.questionId] : []));
    return new Set(ids).size === ids.length;
  }, "A question is in the test twice");
