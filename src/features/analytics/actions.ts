"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { requireUser } from "@/services/auth/current-user";
import { markReadNextDone } from "./db-learner";

/** Takes a passage off the learner's "Read next" list (read, or not wanted). */
export const dismissReadNextAction = validatedAction("dismissReadNext", z.object({ readNextId: z.uuid("Not a read-next entry") }), async ({ readNextId }) => {
  await markReadNextDone(await requireUser(), readNextId);
  revalidatePath("/dashboard");
});
