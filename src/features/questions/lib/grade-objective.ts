import { AppError } from "@/lib/errors";
import type { QuestionBody } from "@/features/questions/schemas";
import { gradeResponse, isAnswered, ResponseError } from "./grade";

/**
 * Marks an answer that must grade itself (practice and review): the share of marks earned, 0..1.
 * A blank answer, a malformed one or an essay is a BAD_REQUEST with a message for the learner.
 */
export function gradeObjectiveAnswer(body: QuestionBody, response: unknown): number {
  try {
    if (!isAnswered(body, response)) throw new AppError("BAD_REQUEST", "Answer the question first.");
    const outcome = gradeResponse(body, response);
    if (outcome.kind !== "auto") throw new AppError("BAD_REQUEST", "That question cannot be marked automatically.");
    return outcome.fraction;
  } catch (error) {
    if (error instanceof ResponseError) throw new AppError("BAD_REQUEST", error.message);
    throw error;
  }
}
