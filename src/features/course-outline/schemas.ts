import { z } from "zod";
import { COURSE_LEVELS } from "@/drizzle/schema/enum-values";

export const OUTLINE_DESCRIPTION_MIN = 20;
export const OUTLINE_DESCRIPTION_MAX = 4_000;
export const LESSONS_WANTED_MIN = 2;
export const LESSONS_WANTED_MAX = 40;

/** What the teacher asks for: a description of the course, its level and about how many lessons. */
export const outlineRequestSchema = z.object({
  description: z
    .string()
    .trim()
    .min(OUTLINE_DESCRIPTION_MIN, `Describe the course in at least ${OUTLINE_DESCRIPTION_MIN} characters`)
    .max(OUTLINE_DESCRIPTION_MAX, `The description is at most ${OUTLINE_DESCRIPTION_MAX.toLocaleString("en")} characters`),
  level: z.enum(COURSE_LEVELS, { error: "Choose a level" }),
  lessonsWanted: z.coerce
    .number({ error: "Give a number of lessons" })
    .int("A whole number of lessons")
    .min(LESSONS_WANTED_MIN, `At least ${LESSONS_WANTED_MIN} lessons`)
    .max(LESSONS_WANTED_MAX, `At most ${LESSONS_WANTED_MAX} lessons`),
});
export type OutlineRequest = z.infer<typeof outlineRequestSchema>;
