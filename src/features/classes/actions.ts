"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { requireUser } from "@/services/auth/current-user";
import { deleteAssignment, insertClass, removeClassMember, rotateJoinCode, upsertAssignment } from "./db";
import { assignmentWindowSchema, classNameSchema } from "./schemas";

const id = z.uuid("Not a valid id");
const classPath = (classId: string) => `/teach/classes/${classId}`;

// The window's times arrive as ISO instants from the teacher's browser, blank for "none".
const blankTimesAsNull = (raw: unknown) => {
  if (!raw || typeof raw !== "object") return raw;
  const form = { ...(raw as Record<string, unknown>) };
  for (const key of ["opensAt", "dueAt", "closesAt"]) {
    if (form[key] === undefined || (typeof form[key] === "string" && form[key].trim() === "")) form[key] = null;
  }
  return form;
};

export const createClassAction = validatedAction("createClass", z.object({ courseId: id, name: classNameSchema }), async ({ courseId, name }) => {
  const created = await insertClass(await requireUser("teacher"), courseId, name);
  revalidatePath("/teach");
  redirect(classPath(created.id));
});

export const rotateJoinCodeAction = validatedAction("rotateJoinCode", z.object({ classId: id }), async ({ classId }) => {
  const joinCode = await rotateJoinCode(await requireUser("teacher"), classId);
  revalidatePath("/teach", "layout");
  return { joinCode };
});

export const removeClassMemberAction = validatedAction("removeClassMember", z.object({ classId: id, userId: id }), async ({ classId, userId }) => {
  await removeClassMember(await requireUser("teacher"), classId, userId);
  revalidatePath("/teach", "layout");
  return { removed: true };
});

/** Assigns a test to a class, or changes the window of an existing assignment (same class and test). */
export const saveAssignmentAction = validatedAction(
  "saveAssignment",
  z.preprocess(blankTimesAsNull, assignmentWindowSchema.safeExtend({ classId: id, testId: id })),
  async ({ classId, testId, ...window }) => {
    const assignmentId = await upsertAssignment(await requireUser("teacher"), classId, testId, window);
    revalidatePath("/teach", "layout");
    return { assignmentId, classId };
  },
);

export const deleteAssignmentAction = validatedAction("deleteAssignment", z.object({ assignmentId: id }), async ({ assignmentId }) => {
  await deleteAssignment(await requireUser("teacher"), assignmentId);
  revalidatePath("/teach", "layout");
  return { deleted: true };
});
