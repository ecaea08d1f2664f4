import { z } from "zod";
import { QUESTION_TYPES } from "@/drizzle/schema/enum-values";
import { formatIssuePath, type ImportError } from "@/features/questions/lib/import-result";
import { essayBodySchema, MULTIPLE_CHOICE_SCORING, rubricCriterionSchema, type QuestionDraft } from "@/features/questions/schemas";

/**
 * What GIFT cannot say, carried in a `// @learnforge {…}` comment line before the question.
 * Moodle skips comments, so exported files stay valid GIFT and re-import without loss.
 * Strict, so a misspelt key is an error rather than silently ignored.
 */
const giftMetadataSchema = z.strictObject({
  /** Settles what GIFT leaves ambiguous, such as a short answer containing "->" (Moodle would read matching). */
  type: z.enum(QUESTION_TYPES).optional(),
  topics: z.array(z.string()).optional(),
  optionIds: z.array(z.string()).optional(),
  /** Also marks the question as multiple choice when its weights alone would read as single choice. */
  scoring: z.enum(MULTIPLE_CHOICE_SCORING).optional(),
  unit: z.string().optional(),
  rubric: z.array(rubricCriterionSchema).optional(),
  maxLength: z.number().optional(),
});
export type GiftMetadata = z.output<typeof giftMetadataSchema>;

/** GIFT's `{}` says nothing about marking, so an imported essay gets one criterion worth one point. */
export const DEFAULT_ESSAY_RUBRIC = [{ criterion: "Quality of the answer", description: "", points: 1 }];
// Read from the schema so an export omits exactly what an import would fill in.
const DEFAULT_ESSAY_MAX_LENGTH = essayBodySchema.shape.maxLength.parse(undefined);

export function parseGiftMetadata(json: string, line: number): GiftMetadata | ImportError[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ line, message: `The // @learnforge line is not valid JSON: ${reason}` }];
  }
  const parsed = giftMetadataSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((issue) => {
    const path = formatIssuePath(issue.path);
    return { line, message: `In // @learnforge${path ? ` "${path}"` : ""}: ${issue.message}` };
  });
}

/** The metadata line a draft needs to survive a round trip, or null when GIFT says it all. */
export function giftMetadataOf(draft: QuestionDraft): GiftMetadata | null {
  const metadata: GiftMetadata = {};
  const { body } = draft;
  if (body.type === "short_text" && body.acceptedAnswers.some((answer) => answer.includes("->"))) metadata.type = body.type;
  if (draft.topicSlugs.length > 0) metadata.topics = draft.topicSlugs;
  if (body.type === "single_choice" || body.type === "multiple_choice") {
    const ids = body.options.map((option) => option.id);
    if (ids.some((id, index) => id !== defaultOptionId(index))) metadata.optionIds = ids;
  }
  // Always written: percent weights alone would read a one-correct-option question as single choice.
  if (body.type === "multiple_choice") metadata.scoring = body.scoring;
  if (body.type === "numeric" && body.unit !== "") metadata.unit = body.unit;
  if (body.type === "essay") {
    if (JSON.stringify(body.rubric) !== JSON.stringify(DEFAULT_ESSAY_RUBRIC)) metadata.rubric = body.rubric;
    if (body.maxLength !== DEFAULT_ESSAY_MAX_LENGTH) metadata.maxLength = body.maxLength;
  }
  return Object.keys(metadata).length > 0 ? metadata : null;
}

/** a, b, c, … in the order the options were written. */
export function defaultOptionId(index: number): string {
  return index < 26 ? String.fromCharCode(97 + index) : `o${index}`;
}
