"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { validatedAction } from "@/lib/action";
import { requireUser } from "@/services/auth/current-user";
import { approveQuestionDraft, rejectQuestionDraft } from "./db";

const id = z.uuid("Not a valid id");
const draftReviewSchema = z.object({ courseId: id, draftId: id });

// The bank's layout covers the drafts page, the bank's list and its "Drafts waiting" count.
const revalidateBank = (courseId: string) => revalidatePath(`/teach/courses/${courseId}/questions`, "layout");

/** Adds a pending draft to the bank as the AI wrote it. */
export const approveDraftAction = validatedAction("approveDraft", draftReviewSchema, async ({ courseId, draftId }) => {
  const { questionId } = await approveQuestionDraft(await requireUser("teacher"), draftId);
  revalidateBank(courseId);
  return { decision: "approved" as const, draftId, questionId };
});

/** Turns a draft down; it never reaches the bank. */
export const rejectDraftAction = validatedAction("rejectDraft", draftReviewSchema, async ({ courseId, draftId }) => {
  await rejectQuestionDraft(await requireUser("teacher"), draftId);
  revalidateBank(courseId);
  return { decision: "rejected" as const, draftId, questionId: null };
});
