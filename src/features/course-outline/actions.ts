"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { COURSE_LEVELS } from "@/drizzle/schema/enum-values";
import { validatedAction } from "@/lib/action";
import { jsonField } from "@/lib/form-json";
import { enforceRateLimit, rateLimitIdentity } from "@/lib/rate-limit";
import { requireUser } from "@/services/auth/current-user";
import { aiRateLimiters } from "@/features/ai/limits";
import { createCourseFromOutline } from "./db";
import { draftCourseOutline } from "./draft";
import { outlineEditSchema } from "./lib/outline";
import { outlineRequestSchema } from "./schemas";

/** Drafts an outline for the teacher to edit; nothing is stored yet. */
export const draftOutlineAction = validatedAction("draftCourseOutline", outlineRequestSchema, async (request) => {
  const teacher = await requireUser("teacher");
  await enforceRateLimit(aiRateLimiters.courseOutline, rateLimitIdentity(teacher, await headers()));
  return draftCourseOutline(teacher, request);
});

/** Creates the course from the edited outline (posted as one JSON field) and opens its editor. */
export const createCourseFromOutlineAction = validatedAction(
  "createCourseFromOutline",
  z.object({ outline: jsonField(outlineEditSchema), level: z.enum(COURSE_LEVELS).default("beginner") }),
  async ({ outline, level }) => {
    const courseId = await createCourseFromOutline(await requireUser("teacher"), outline, { level });
    redirect(`/teach/courses/${courseId}`);
  },
);
