"use server";

import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/action";
import { requireUser } from "@/services/auth/current-user";
import { insertEnrolment } from "./db";
import { enrolSchema } from "./schemas";

export const enrolInCourseAction = validatedAction("enrolInCourse", enrolSchema, async ({ courseSlug }) => {
  const learner = await requireUser();
  const result = await insertEnrolment(learner, courseSlug);
  revalidatePath(`/courses/${courseSlug}`);
  return result;
});
