import { z } from "zod";
import { QUESTION_TYPES, type QuestionType } from "@/drizzle/schema/enum-values";
import { questionBodySchema, type QuestionBody } from "@/features/questions/schemas";

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** One generated question as the model must write it (strict structured output: every field present, unused ones null or empty). */
export const generatedDraftSchema = z.object({
  type: z.enum(QUESTION_TYPES),
  stem: z.string(),
  options: z.array(z.object({ text: z.string(), correct: z.boolean(), feedback: z.string() })),
  trueFalseAnswer: z.boolean().nullable(),
  numericAnswer: z.number().nullable(),
  tolerance: z.number().nullable(),
  acceptedAnswers: z.array(z.string()),
  rubric: z.array(z.object({ criterion: z.string(), description: z.string(), points: z.number() })),
  explanation: z.string(),
  topicSlug: z.string().nullable(),
  difficulty: z.enum(DIFFICULTIES),
  passageId: z.string(),
  quote: z.string(),
});
export type GeneratedDraftOutput = z.infer<typeof generatedDraftSchema>;

export const questionDraftsOutputSchema = z.object({ drafts: z.array(generatedDraftSchema) });

const OPTION_IDS = "abcdefghij";

/** The generated draft as a question body the bank accepts, or the first reason it is not one. */
export function toQuestionBody(draft: GeneratedDraftOutput): { ok: true; body: QuestionBody } | { ok: false; message: string } {
  const common = { stem: draft.stem, explanation: draft.explanation };
  const options = draft.options.map((option, index) => ({ id: OPTION_IDS[index] ?? `o${index}`, text: option.text, correct: option.correct, feedback: option.feedback }));
  const byType: Record<QuestionType, unknown> = {
    single_choice: { type: "single_choice", ...common, options },
    multiple_choice: { type: "multiple_choice", ...common, options, scoring: "partial" },
    true_false: { type: "true_false", ...common, correct: draft.trueFalseAnswer },
    numeric: { type: "numeric", ...common, answer: draft.numericAnswer, tolerance: draft.tolerance ?? 0, unit: "" },
    short_text: { type: "short_text", ...common, acceptedAnswers: draft.acceptedAnswers },
    essay: { type: "essay", ...common, rubric: draft.rubric, maxLength: 3_000 },
  };
  const parsed = questionBodySchema.safeParse(byType[draft.type]);
  if (parsed.success) return { ok: true, body: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: issue ? `${issue.path.join(".") || "question"}: ${issue.message}` : "not a valid question" };
}
