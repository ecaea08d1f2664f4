import type { QuestionBody } from "@/features/questions/schemas";
import { correctResponseOf } from "@/features/questions/lib/grade";
import { lessonMarkdownToHtml } from "@/features/courses/lib/markdown-html";

/**
 * What a learner's browser receives for one slot. Built from the pinned version by copying
 * only the fields a learner may see — never by deleting fields from the body — so nothing
 * about the answer key can slip into page data before the policy allows it.
 */
export type LearnerQuestion = (
  | { type: "single_choice" | "multiple_choice"; stem: string; options: { id: string; text: string }[] }
  | { type: "true_false"; stem: string }
  | { type: "numeric"; stem: string; unit: string }
  | { type: "short_text"; stem: string }
  | { type: "essay"; stem: string; maxLength: number; rubric: { criterion: string; description: string; points: number }[] }
) & {
  /** The stem rendered and sanitised on the server (`lessonMarkdownToHtml`): browsers never parse Markdown. */
  stemHtml: string;
};

export type Visibility = { showScore: boolean; showFeedback: boolean; showCorrectAnswers: boolean };

export type LearnerSlotReview = {
  score?: number | null;
  explanation?: string;
  /** `explanation` rendered and sanitised on the server. */
  explanationHtml?: string;
  /** Feedback the teacher wrote for the options this learner chose (with its HTML, rendered on the server). */
  optionFeedback?: { id: string; text: string; html: string }[];
  teacherFeedback?: string | null;
  /** The mark and feedback came from an AI grade released under the test's policy (the teacher can still change them). */
  aiGraded?: boolean;
  correctResponse?: unknown;
  correctOptionIds?: string[];
};

export function presentQuestion(body: QuestionBody, optionOrder: string[] | null): LearnerQuestion {
  return { ...presentQuestionFields(body, optionOrder), stemHtml: lessonMarkdownToHtml(body.stem) };
}

function presentQuestionFields(body: QuestionBody, optionOrder: string[] | null) {
  switch (body.type) {
    case "single_choice":
    case "multiple_choice": {
      const byId = new Map(body.options.map((option) => [option.id, option]));
      const order = optionOrder ?? body.options.map((option) => option.id);
      const options = order.flatMap((id) => {
        const option = byId.get(id);
        return option ? [{ id: option.id, text: option.text }] : [];
      });
      return { type: body.type, stem: body.stem, options } as const;
    }
    case "true_false":
      return { type: "true_false", stem: body.stem } as const;
    case "numeric":
      return { type: "numeric", stem: body.stem, unit: body.unit } as const;
    case "short_text":
      return { type: "short_text", stem: body.stem } as const;
    case "essay":
      return {
        type: "essay",
        stem: body.stem,
        maxLength: body.maxLength,
        rubric: body.rubric.map(({ criterion, description, points }) => ({ criterion, description, points })),
      } as const;
  }
}

function chosenOptionIds(response: unknown): string[] {
  if (!response || typeof response !== "object") return [];
  const value = response as { optionId?: unknown; optionIds?: unknown };
  if (typeof value.optionId === "string") return [value.optionId];
  if (Array.isArray(value.optionIds)) return value.optionIds.filter((id): id is string => typeof id === "string");
  return [];
}

/** The review part of a slot, holding only what the visibility allows. */
export function presentReview(
  body: QuestionBody,
  slot: { response: unknown; score: number | null; feedback: string | null; gradedBy?: string | null },
  visibility: Visibility,
): LearnerSlotReview {
  const review: LearnerSlotReview = {};
  // A question's own mark tells right from wrong, so it follows the feedback timing, not the total's.
  if (visibility.showFeedback) review.score = slot.score;
  if (visibility.showFeedback) {
    review.explanation = body.explanation;
    if (body.explanation?.trim()) review.explanationHtml = lessonMarkdownToHtml(body.explanation);
    review.teacherFeedback = slot.feedback;
    // A released AI grade is the only mark that carries feedback without a grading teacher.
    if ((body.type === "essay" || body.type === "short_text") && slot.feedback && slot.gradedBy === null) review.aiGraded = true;
    if (body.type === "single_choice" || body.type === "multiple_choice") {
      const chosen = new Set(chosenOptionIds(slot.response));
      review.optionFeedback = body.options.filter((option) => chosen.has(option.id) && option.feedback).map((option) => ({ id: option.id, text: option.feedback, html: lessonMarkdownToHtml(option.feedback) }));
    }
  }
  if (visibility.showCorrectAnswers) {
    review.correctResponse = correctResponseOf(body);
    if (body.type === "single_choice" || body.type === "multiple_choice") {
      review.correctOptionIds = body.options.filter((option) => option.correct).map((option) => option.id);
    }
  }
  return review;
}
