import { z } from "zod";
import { QUESTION_TYPES, type QuestionType } from "@/drizzle/schema/enum-values";

/**
 * The question model: a question version's body (what the teacher wrote, stored as JSON)
 * and the response a learner gives to it. Shared by the editor, the importers, the
 * graders, the seed and the attempt engine.
 */

export const STEM_MAX = 5_000;
export const EXPLANATION_MAX = 5_000;
export const OPTION_TEXT_MAX = 1_000;
export const SHORT_TEXT_MAX = 500;
export const ESSAY_MAX = 20_000;

const trimmed = (max: number, label: string) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max.toLocaleString("en")} characters`);

export const optionIdSchema = z.string().regex(/^[a-z0-9]{1,12}$/, "An option id is 1–12 lowercase letters or digits");

export const choiceOptionSchema = z.object({
  id: optionIdSchema,
  text: trimmed(OPTION_TEXT_MAX, "Option text"),
  correct: z.boolean(),
  /** Shown beside this option when feedback is visible. */
  feedback: z.string().trim().max(OPTION_TEXT_MAX).default(""),
});
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

const common = {
  stem: trimmed(STEM_MAX, "The question"),
  explanation: z.string().trim().max(EXPLANATION_MAX).default(""),
};

const normaliseOptionText = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

function checkOptions(options: ChoiceOption[], context: z.RefinementCtx) {
  const ids = new Set<string>();
  const texts = new Set<string>();
  options.forEach((option, index) => {
    if (ids.has(option.id)) context.addIssue({ code: "custom", path: ["options", index, "id"], message: `Option id "${option.id}" is used twice` });
    ids.add(option.id);
    const text = normaliseOptionText(option.text);
    if (texts.has(text)) context.addIssue({ code: "custom", path: ["options", index, "text"], message: `Option "${option.text}" appears twice` });
    texts.add(text);
  });
}

const optionsSchema = z.array(choiceOptionSchema).min(2, "Give at least two options").max(10, "At most ten options");

export const singleChoiceBodySchema = z
  .object({ type: z.literal("single_choice"), ...common, options: optionsSchema })
  .superRefine((body, context) => {
    checkOptions(body.options, context);
    const correct = body.options.filter((option) => option.correct).length;
    if (correct !== 1) context.addIssue({ code: "custom", path: ["options"], message: `A single-choice question needs exactly one correct option (it has ${correct})` });
  });

/** all_or_nothing: full marks only for exactly the correct set. partial: (right − wrong) ÷ number correct, never below 0. */
export const MULTIPLE_CHOICE_SCORING = ["partial", "all_or_nothing"] as const;

export const multipleChoiceBodySchema = z
  .object({
    type: z.literal("multiple_choice"),
    ...common,
    options: optionsSchema,
    scoring: z.enum(MULTIPLE_CHOICE_SCORING).default("partial"),
  })
  .superRefine((body, context) => {
    checkOptions(body.options, context);
    if (!body.options.some((option) => option.correct)) context.addIssue({ code: "custom", path: ["options"], message: "Mark at least one option correct" });
  });

export const trueFalseBodySchema = z.object({ type: z.literal("true_false"), ...common, correct: z.boolean() });

export const numericBodySchema = z.object({
  type: z.literal("numeric"),
  ...common,
  answer: z.number().finite(),
  /** Absolute tolerance: a response within answer ± tolerance is correct. */
  tolerance: z.number().finite().min(0, "Tolerance cannot be negative").default(0),
  /** Units shown after the input box (not parsed from the response). */
  unit: z.string().trim().max(40).default(""),
});

export const shortTextBodySchema = z.object({
  type: z.literal("short_text"),
  ...common,
  /** Compared after normalising case, spacing and diacritics. */
  acceptedAnswers: z.array(trimmed(SHORT_TEXT_MAX, "An accepted answer")).min(1, "Give at least one accepted answer").max(20),
});

export const rubricCriterionSchema = z.object({
  criterion: trimmed(200, "A rubric criterion"),
  description: z.string().trim().max(2_000).default(""),
  points: z.number().positive("Rubric points must be above 0").max(100),
});

export const essayBodySchema = z.object({
  type: z.literal("essay"),
  ...common,
  rubric: z.array(rubricCriterionSchema).min(1, "An essay needs at least one rubric criterion").max(10),
  /** The longest answer accepted, in characters. */
  maxLength: z.number().int().min(100).max(ESSAY_MAX).default(5_000),
});

export const questionBodySchema = z.discriminatedUnion("type", [
  singleChoiceBodySchema,
  multipleChoiceBodySchema,
  trueFalseBodySchema,
  numericBodySchema,
  shortTextBodySchema,
  essayBodySchema,
]);
export type QuestionBody = z.infer<typeof questionBodySchema>;
export type QuestionBodyInput = z.input<typeof questionBodySchema>;
export type QuestionBodyOf<T extends QuestionType> = Extract<QuestionBody, { type: T }>;

/** A question as authored or imported: its body plus the topics (by slug) it is tagged with. */
export const questionDraftSchema = z.object({
  body: questionBodySchema,
  topicSlugs: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Not a topic slug")).max(10).default([]),
});
export type QuestionDraft = z.infer<typeof questionDraftSchema>;

// ——— Responses ———

export const singleChoiceResponseSchema = z.object({ optionId: optionIdSchema });
export const multipleChoiceResponseSchema = z.object({
  optionIds: z.array(optionIdSchema).max(10).refine((ids) => new Set(ids).size === ids.length, "An option is chosen twice"),
});
export const trueFalseResponseSchema = z.object({ value: z.boolean() });
export const numericResponseSchema = z.object({ value: z.number({ error: "Enter a number, like 0.25" }) });
export const shortTextResponseSchema = z.object({ text: z.string().max(SHORT_TEXT_MAX, `An answer must be at most ${SHORT_TEXT_MAX} characters`) });
export const essayResponseSchema = z.object({ text: z.string().max(ESSAY_MAX, `An essay must be at most ${ESSAY_MAX.toLocaleString("en")} characters`) });

export const RESPONSE_SCHEMAS = {
  single_choice: singleChoiceResponseSchema,
  multiple_choice: multipleChoiceResponseSchema,
  true_false: trueFalseResponseSchema,
  numeric: numericResponseSchema,
  short_text: shortTextResponseSchema,
  essay: essayResponseSchema,
} as const satisfies Record<QuestionType, z.ZodType>;

export type ResponseOf<T extends QuestionType> = z.infer<(typeof RESPONSE_SCHEMAS)[T]>;
export type QuestionResponse = { [T in QuestionType]: ResponseOf<T> }[QuestionType];

export const questionTypeSchema = z.enum(QUESTION_TYPES);

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  single_choice: "Single choice",
  multiple_choice: "Multiple choice",
  true_false: "True / false",
  numeric: "Numeric",
  short_text: "Short text",
  essay: "Essay",
};
