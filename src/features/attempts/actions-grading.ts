"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { requireUser } from "@/services/auth/current-user";
import { gradeAttemptItem } from "./db-grading";

// An empty number box must be an error, not the 0 that z.coerce.number() would make of it.
const requiredNumber = (message: string) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : undefined), z.number({ error: message }).finite(message));

/** The mark's upper bound is the slot's points, which only the database knows; gradeAttemptItem checks it. */
const gradeAttemptItemSchema = z.object({
  attemptId: z.uuid("Not a valid attempt id"),
  slot: requiredNumber("Not a valid question slot").pipe(z.number().int("Not a valid question slot").min(1, "Not a valid question slot")),
  score: requiredNumber("Enter a mark, like 2.5").pipe(z.number().min(0, "A mark cannot be below 0")),
  feedback: z.string().trim().max(5_000, "Feedback is at most 5,000 characters").default(""),
});

export const gradeAttemptItemAction = validatedAction("gradeAttemptItem", gradeAttemptItemSchema, async (input) => {
  await gradeAttemptItem(await requireUser("teacher"), input);
  // The queue, the gradebooks and the home page's counts all change.
  revalidatePath("/teach", "layout");
  return { attemptId: input.attemptId, slot: input.slot, score: input.score };
});
