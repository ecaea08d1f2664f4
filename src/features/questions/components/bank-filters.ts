import { z } from "zod";
import { QUESTION_TYPES, type QuestionType } from "@/drizzle/schema/enum-values";
import { questionTypeSchema } from "@/features/questions/schemas";

/** The bank's filters, as query parameters: ?topic=<slug>&type=<type>&archived=1. */
export type BankFilter = { topic?: string; type?: QuestionType; archived: boolean };

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// A hand-edited address with a bad value shows the whole bank rather than an error page.
const bankFilterSchema = z.object({
  topic: z.preprocess(first, z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100).optional()).catch(undefined),
  type: z.preprocess(first, questionTypeSchema.optional()).catch(undefined),
  archived: z.preprocess(first, z.string().optional()).transform((value) => value === "1" || value === "true").catch(false),
});

export function parseBankFilter(searchParams: Record<string, string | string[] | undefined>): BankFilter {
  const { topic, type, archived } = bankFilterSchema.parse(searchParams);
  return { ...(topic ? { topic } : {}), ...(type ? { type } : {}), archived };
}

export function bankHref(courseId: string, filter: BankFilter): string {
  const query = new URLSearchParams();
  if (filter.topic) query.set("topic", filter.topic);
  if (filter.type) query.set("type", filter.type);
  if (filter.archived) query.set("archived", "1");
  const search = query.toString();
  return `/teach/courses/${courseId}/questions${search ? `?${search}` : ""}`;
}

export function countByType(questions: readonly { type: QuestionType }[]): Record<QuestionType, number> {
  const counts = Object.fromEntries(QUESTION_TYPES.map((type) => [type, 0])) as Record<QuestionType, number>;
  for (const question of questions) counts[question.type] += 1;
  return counts;
}
