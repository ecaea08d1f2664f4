import { z } from "zod";
import { parseNumericAnswer, ResponseError } from "@/features/questions/lib/grade";
import { essayResponseSchema, multipleChoiceResponseSchema, optionIdSchema, shortTextResponseSchema } from "@/features/questions/schemas";
import type { AnswerInput } from "./answer-draft";

/**
 * The answer a learner sends, by question type, as the save action accepts it. The type
 * only picks the parser: the attempt engine checks the response against the question the
 * slot really holds, so a wrong type is refused there.
 */
export const answerInputSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("single_choice"), optionId: optionIdSchema }),
  z.object({ type: z.literal("multiple_choice"), optionIds: multipleChoiceResponseSchema.shape.optionIds }),
  z.object({ type: z.literal("true_false"), value: z.boolean({ error: "Choose true or false" }) }),
  z.object({ type: z.literal("numeric"), text: z.string().max(100, "That is too long for a number") }),
  z.object({ type: z.literal("short_text"), text: shortTextResponseSchema.shape.text }),
  z.object({ type: z.literal("essay"), text: essayResponseSchema.shape.text }),
]) satisfies z.ZodType<AnswerInput>;

/**
 * The response the attempt engine stores for an answer input; null clears the answer (a blank
 * number). Numbers are read as a learner types them; a ResponseError says what to type.
 */
export function responseFromAnswerInput(input: AnswerInput): unknown {
  switch (input.type) {
    case "single_choice":
      return { optionId: input.optionId };
    case "multiple_choice":
      return { optionIds: input.optionIds };
    case "true_false":
      return { value: input.value };
    case "numeric":
      return input.text.trim() === "" ? null : { value: parseNumericAnswer(input.text) };
    case "short_text":
    case "essay":
      return { text: input.text };
  }
}

/** answerInputSchema, then the stored response; a number that cannot be read is a validation issue on `text`. */
export const savedResponseSchema = answerInputSchema.transform((input, context) => {
  try {
    return responseFromAnswerInput(input);
  } catch (error) {
    if (!(error instanceof ResponseError)) throw error;
    context.addIssue({ code: "custom", path: ["text"], message: error.message });
    return z.NEVER;
  }
});
