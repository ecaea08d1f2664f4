import { QUESTION_TYPES, type QuestionType } from "@/drizzle/schema/enum-values";
import { DIFFICULTIES, type Difficulty } from "../lib/output";
import { MAX_QUESTIONS_PER_REQUEST, type GenerationRequest } from "../types";

export const MIN_QUESTIONS = 1;
export const MAX_QUESTIONS = MAX_QUESTIONS_PER_REQUEST;
export const DEFAULT_QUESTIONS = 4;

export type GenerationRequestBody = GenerationRequest;

export type GenerationFormErrors = Partial<Record<"count" | "types" | "chunkIds", string>>;

const isType = (value: string): value is QuestionType => (QUESTION_TYPES as readonly string[]).includes(value);
const isDifficulty = (value: string): value is Difficulty => (DIFFICULTIES as readonly string[]).includes(value);
const strings = (values: FormDataEntryValue[]) => values.filter((value): value is string => typeof value === "string");

/** The generation form's fields as the request the API expects, or what to fix first (checked before anything is sent). */
export function generationRequestFromForm(
  formData: FormData,
  context: { courseId: string; lessonId: string; passageCount: number },
): { ok: true; body: GenerationRequestBody } | { ok: false; errors: GenerationFormErrors } {
  const errors: GenerationFormErrors = {};
  const countText = String(formData.get("count") ?? "").trim();
  const count = Number(countText);
  if (countText === "" || !Number.isInteger(count) || count < MIN_QUESTIONS || count > MAX_QUESTIONS) {
    errors.count = `Enter a whole number from ${MIN_QUESTIONS} to ${MAX_QUESTIONS}`;
  }
  const types = strings(formData.getAll("types")).filter(isType);
  if (types.length === 0) errors.types = "Choose at least one question type";
  const chunkIds = strings(formData.getAll("chunkIds"));
  if (chunkIds.length === 0) errors.chunkIds = "Choose at least one passage";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const difficulty = String(formData.get("difficulty") ?? "");
  return {
    ok: true,
    body: {
      courseId: context.courseId,
      lessonId: context.lessonId,
      // Every passage chosen is sent as null, so passages added meanwhile are included too.
      chunkIds: chunkIds.length >= context.passageCount ? null : chunkIds,
      count,
      types,
      difficulty: isDifficulty(difficulty) ? difficulty : "medium",
      topicSlugs: strings(formData.getAll("topicSlugs")),
    },
  };
}

/** The message of a refused request: the API's `{ error: { message } }` body, or a plain fallback by status. */
export async function refusalMessage(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (typeof body === "object" && body !== null && "error" in body) {
      const error = (body as { error: unknown }).error;
      if (typeof error === "object" && error !== null && "message" in error && typeof error.message === "string" && error.message) return error.message;
    }
  } catch {
    // Not JSON (a proxy's error page, say): the status decides the message below.
  }
  if (response.status === 429) return "Too many requests. Try again in a minute.";
  if (response.status >= 500) return "The server could not generate questions right now. Try again later.";
  return "The server refused the request.";
}
