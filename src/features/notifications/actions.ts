"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { requireUser } from "@/services/auth/current-user";
import { markAllNotificationsRead } from "./db";

// Opening one notification marks it read in GET /notifications/[id]/open.

export const markAllNotificationsReadAction = validatedAction("markAllNotificationsRead", z.object({}), async () => {
  const marked = await markAllNotificationsRead(await requireUser());
  revalidatePath("/notifications");
  return { marked };
});
