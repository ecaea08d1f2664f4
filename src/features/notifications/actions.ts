"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { requireUser } from "@/services/auth/current-user";
import { markAllNotificationsRead, markNotificationRead } from "./db";
import { notificationIdSchema } from "./schemas";

export const markNotificationReadAction = validatedAction("markNotificationRead", z.object({ id: notificationIdSchema }), async ({ id }) => {
  await markNotificationRead(await requireUser(), id);
  revalidatePath("/notifications");
  return { id };
});

export const markAllNotificationsReadAction = validatedAction("markAllNotificationsRead", z.object({}), async () => {
  const marked = await markAllNotificationsRead(await requireUser());
  revalidatePath("/notifications");
  return { marked };
});
