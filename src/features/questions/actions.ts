"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { regradeQuestion } from "@/features/attempts/db-grading";
import { selectCourseForEditor } from "@/features/courses/db-outline";
import { approveQuestionDraft } from "@/features/question-generation/db";
import { validatedAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { checkboxField, jsonField } from "@/lib/form-json";
import { enforceRateLimit, rateLimitIdentity } from "@/lib/rate-limit";
import { requireUser } from "@/services/auth/current-user";
import { createRateLimiter } from "@/services/redis/rate-limit";
import { IMPORT_FORMATS, MAX_IMPORT_BYTES, tooLargeMessage, utf8Length, type ImportProblem } from "./components/import-source";
import { previewImport, unknownTopicProblems, type ImportPreview } from "./components/import-review";
import { insertQuestions, setQuestionArchived, updateQuestion } from "./db";
import { parseGift } from "./lib/gift/parse";
import { parseQuestionsJson } from "./lib/json-format";
import { questionDraftSchema } from "./schemas";

// Parsing a 1 MB file and regrading every attempt are the expensive requests here.
const importLimiter = createRateLimiter({ prefix: "question-import", limit: 20, windowSeconds: 60 });
const regradeLimiter = createRateLimiter({ prefix: "question-regrade", limit: 10, windowSeconds: 60 });

const id = z.uuid("Not a valid id");
const bankPath = (courseId: string) => `/teach/courses/${courseId}/questions`;

const saveQuestionSchema = z.object({
  courseId: id,
  questionId: z
    .union([id, z.literal("")])
    .optional()
    .transform((value) => value || null),
  /** An AI draft being approved with the teacher's edits (new questions only). */
  draftId: id.optional(),
  draft: jsonField(questionDraftSchema),
});

export type SavedQuestion = { questionId: string; version: number; newVersion: boolean };

/**
 * Creates a question (then back to the bank), approves an AI draft as edited (then back to the
 * drafts), or edits one; an edit of a version attempts have shown becomes a new version.
 */
export const saveQuestionAction = validatedAction("saveQuestion", saveQuestionSchema, async ({ courseId, questionId, draftId, draft }): Promise<SavedQuestion> => {
  const author = await requireUser("teacher");
  if (!questionId && draftId) {
    await approveQuestionDraft(author, draftId, draft);
    revalidatePath(bankPath(courseId), "layout");
    redirect(`${bankPath(courseId)}/drafts?approved=1`);
  }
  if (!questionId) {
    await insertQuestions(author, courseId, [draft]);
    revalidatePath(bankPath(courseId));
    redirect(`${bankPath(courseId)}?added=1`);
  }
  const saved = await updateQuestion(author, questionId, draft);
  revalidatePath(bankPath(courseId), "layout");
  return { questionId, ...saved };
});

export const setQuestionArchivedAction = validatedAction(
  "setQuestionArchived",
  z.object({ courseId: id, questionId: id, archived: checkboxField }),
  async ({ courseId, questionId, archived }) => {
    await setQuestionArchived(await requireUser("teacher"), questionId, archived);
    revalidatePath(bankPath(courseId), "layout");
    return { archived };
  },
);

/** Grades finished attempts' answers to this question again against its latest version. */
export const regradeQuestionAction = validatedAction("regradeQuestion", z.object({ courseId: id, questionId: id }), async ({ questionId }) => {
  const teacher = await requireUser("teacher");
  await enforceRateLimit(regradeLimiter, rateLimitIdentity(teacher, await headers()));
  const result = await regradeQuestion(teacher, questionId);
  // Scores change in gradebooks, the grading queue and analytics.
  revalidatePath("/teach", "layout");
  return result;
});

const importSchema = z.object({
  courseId: id,
  format: z.enum(IMPORT_FORMATS, "Choose GIFT or JSON"),
  step: z.enum(["preview", "import"]),
  text: z.string().superRefine((text, context) => {
    if (text.trim() === "") context.addIssue({ code: "custom", message: "Choose a file or paste the questions to import" });
    const bytes = utf8Length(text);
    if (bytes > MAX_IMPORT_BYTES) context.addIssue({ code: "custom", message: tooLargeMessage(bytes, "text") });
  }),
});

export type ImportOutcome =
  | { step: "invalid"; problems: ImportProblem[] }
  | ({ step: "preview" } & ImportPreview)
  | { step: "imported"; count: number };

/**
 * Reads a GIFT or JSON file. "preview" reports every problem (and imports nothing) or what would
 * be imported; "import" reads the same text again and inserts all of it in one transaction.
 */
export const importQuestionsAction = validatedAction("importQuestions", importSchema, async ({ courseId, format, step, text }): Promise<ImportOutcome> => {
  const author = await requireUser("teacher");
  await enforceRateLimit(importLimiter, rateLimitIdentity(author, await headers()));
  const course = await selectCourseForEditor(author, courseId);
  if (!course) throw new AppError("NOT_FOUND", "That course does not exist or you cannot edit it.");
  const parsed = format === "gift" ? parseGift(text) : parseQuestionsJson(text);
  if (!parsed.ok) return { step: "invalid", problems: parsed.errors };
  if (parsed.questions.length === 0) return { step: "invalid", problems: [{ line: null, message: "The file has no questions in it." }] };
  const topicProblems = unknownTopicProblems(parsed.questions, course.topics.map((topic) => topic.slug));
  if (topicProblems.length > 0) return { step: "invalid", problems: topicProblems };
  if (step === "preview") return { step: "preview", ...previewImport(parsed.questions) };
  const ids = await insertQuestions(author, courseId, parsed.questions);
  revalidatePath(bankPath(courseId));
  return { step: "imported", count: ids.length };
});
