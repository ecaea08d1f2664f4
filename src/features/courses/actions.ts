"use server";

import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/action";
import { requireUser } from "@/services/auth/current-user";
import { insertEnrolment } from "./db";
import { courseSlugSchema, enrolSchema } from "./schemas";
import { setLessonCompleted } from "./db-progress";
import { z } from "zod";
import { checkboxField } from "@/lib/form-json";

export const enrolInCourseAction = validatedAction("enrolInCourse", enrolSchema, async ({ courseSlug }) => {
  const learner = await requireUser();
  const result = await insertEnrolment(learner, courseSlug);
  revalidatePath(`/courses/${courseSlug}`);
  return result;
});

export const markLessonCompleteAction = validatedAction(
  "markLessonComplete",
  z.object({ courseSlug: courseSlugSchema, lessonSlug: courseSlugSchema, completed: checkboxField }),
  async ({ courseSlug, lessonSlug, completed }) => {
    const learner = await requireUser();
    await setLessonCompleted(learner, courseSlug, lessonSlug, completed);
    revalidatePath(`/courses/${courseSlug}`);
    return { completed };
  },
);
