import { z } from "zod";
import { COURSE_LEVELS, COURSE_VISIBILITIES } from "@/drizzle/schema/enum-values";
import { videoEmbedOf, VIDEO_URL_HINT } from "./lib/video-embed";

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "An address is required")
  .max(120, "An address is at most 120 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens, like intro-to-sets");

/** A URL-safe slug from a title: "Bayes' Rule in Practice" → "bayes-rule-in-practice". */
export function slugify(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}

const title = z.string().trim().min(1, "A title is required").max(200, "A title is at most 200 characters");

export const courseDetailsSchema = z.object({
  title,
  slug: slugSchema,
  summary: z.string().trim().max(500, "A summary is at most 500 characters").default(""),
  description: z.string().trim().max(20_000).default(""),
  level: z.enum(COURSE_LEVELS).default("beginner"),
  visibility: z.enum(COURSE_VISIBILITIES).default("private"),
});
export type CourseDetails = z.infer<typeof courseDetailsSchema>;

export const topicSchema = z.object({
  name: z.string().trim().min(1, "A topic needs a name").max(120),
  slug: slugSchema,
  description: z.string().trim().max(2_000).default(""),
});
export type TopicInput = z.infer<typeof topicSchema>;

export const moduleSchema = z.object({ title, summary: z.string().trim().max(1_000).default("") });
export type ModuleInput = z.infer<typeof moduleSchema>;

export const LESSON_MARKDOWN_MAX = 100_000;

export const lessonSchema = z.object({
  title,
  slug: slugSchema,
  summary: z.string().trim().max(500).default(""),
  markdown: z.string().max(LESSON_MARKDOWN_MAX, `A lesson is at most ${LESSON_MARKDOWN_MAX.toLocaleString("en")} characters`).default(""),
  videoUrl: z
    .string()
    .trim()
    .max(500)
    .transform((value) => (value === "" ? null : value))
    .refine((value) => value === null || videoEmbedOf(value) !== null, VIDEO_URL_HINT)
    .nullable()
    .default(null),
  estimatedMinutes: z.coerce.number().int("Whole minutes").min(1, "At least 1 minute").max(600, "At most 600 minutes").default(10),
  topicSlugs: z.array(slugSchema).max(20).default([]),
});
export type LessonInput = z.infer<typeof lessonSchema>;
