import type { QuestionType } from "@/drizzle/schema/enum-values";
import type { QuestionDraftRow } from "@/drizzle/schema";
import type { AppError } from "@/lib/errors";
import type { Difficulty } from "./lib/output";

/** The most questions one generation request may ask for (the API and the form share it). */
export const MAX_QUESTIONS_PER_REQUEST = 10;

/** What the generation form posts to POST /api/ai/questions/generate. */
export type GenerationRequest = {
  courseId: string;
  lessonId: string;
  /** null: every passage of the lesson. */
  chunkIds: string[] | null;
  count: number;
  types: QuestionType[];
  difficulty: Difficulty;
  topicSlugs: string[];
};

/** The server-sent events of a generation, in order: start, a draft per question, then done or error. */
export type GenerationEvent =
  | { type: "start"; generationId: string; total: number; lessonTitle: string }
  | { type: "draft"; index: number; draft: Pick<QuestionDraftRow, "id" | "status" | "body" | "problems" | "source"> }
  | { type: "done"; pending: number; rejected: number }
  | { type: "error"; code: AppError["code"]; message: string; saved: number };
