import type { QuestionType } from "@/drizzle/schema/enum-values";
import type { QuestionDraft } from "@/features/questions/schemas";
import { countByType } from "./bank-filters";
import type { ImportProblem } from "./import-source";
import { plainTextPreview } from "./stem-preview";

export type ImportPreview = { count: number; byType: Record<QuestionType, number>; samples: { type: QuestionType; stem: string }[] };

/** What the teacher checks before confirming: how many of each type, and the first stems. */
export function previewImport(questions: readonly QuestionDraft[], sampleSize = 20): ImportPreview {
  return {
    count: questions.length,
    byType: countByType(questions.map((question) => question.body)),
    samples: questions.slice(0, sampleSize).map((question) => ({ type: question.body.type, stem: plainTextPreview(question.body.stem, 120) })),
  };
}

const listOf = (numbers: number[]) => (numbers.length === 1 ? `question ${numbers[0]}` : `questions ${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`);

/**
 * Topic slugs the course does not have, one problem per slug naming the questions that use it,
 * so the teacher learns before confirming what the all-or-nothing insert would refuse.
 */
export function unknownTopicProblems(questions: readonly QuestionDraft[], courseTopicSlugs: readonly string[]): ImportProblem[] {
  const known = new Set(courseTopicSlugs);
  const users = new Map<string, number[]>();
  questions.forEach((question, index) => {
    for (const slug of question.topicSlugs) if (!known.has(slug)) users.set(slug, [...(users.get(slug) ?? []), index + 1]);
  });
  return [...users].map(([slug, numbers]) => ({
    line: null,
    message: `This course has no topic "${slug}" (used by ${listOf(numbers)}). Add the topic on the course page, or remove it from the file.`,
  }));
}
