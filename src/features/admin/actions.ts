"use server";

import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/action";
import { requireUser } from "@/services/auth/current-user";
import { changeUserRole, setUserDisabled } from "./db-accounts";
import { changeRoleSchema, setUserDisabledSchema } from "./schemas";

// The caller is re-read from the database for every action (requireUser), and the data access
// layer re-checks under a row lock that they are still an active admin.

export const changeUserRoleAction = validatedAction("changeUserRole", changeRoleSchema, async ({ userId, role }) => {
  const result = await changeUserRole(await requireUser("admin"), userId, role);
  revalidatePath("/admin", "layout");
  return result;
});

export const setUserDisabledAction = validatedAction("setUserDisabled", setUserDisabledSchema, async ({ userId, disabled }) => {
  const result = await setUserDisabled(await requireUser("admin"), userId, disabled);
  revalidatePath("/admin", "layout");
  return result;
});
