import type { LearnerQuestion, LearnerSlotReview } from "@/features/attempts/lib/present";
import { MarkdownHtml } from "@/features/courses/components/markdown-html";
import { cn } from "@/lib/cn";
import { describeCorrectAnswer, formatMarks, formatPoints, slotVerdict, VERDICT_LABELS, type Verdict } from "./response-text";

const VERDICT_STYLE: Record<Verdict, { mark: string; className: string }> = {
  correct: { mark: "✓", className: "text-success" },
  partly_correct: { mark: "◐", className: "text-fg" },
  incorrect: { mark: "✗", className: "text-danger" },
};

type Props = {
  question: LearnerQuestion;
  points: number;
  response: unknown;
  review: LearnerSlotReview;
  pendingGrading?: boolean;
  /** The review marks correct options beside them; no need to repeat them in words. */
  hideCorrectAnswer?: boolean;
};

/**
 * The verdict, marks, correct answer, option feedback, explanation and teacher's comment for
 * one question — each only when the learner's view holds it. Used by the player (immediate
 * feedback) and the review. Verdicts carry a symbol and a word, never colour alone.
 */
export function SlotFeedback({ question, points, response, review, pendingGrading = false, hideCorrectAnswer = false }: Props) {
  const verdict = slotVerdict(question, { points, response }, review);
  const correctAnswer = hideCorrectAnswer ? null : describeCorrectAnswer(question, review);
  const optionTexts = new Map(question.type === "single_choice" || question.type === "multiple_choice" ? question.options.map((o) => [o.id, o.text]) : []);
  const optionFeedback = review.optionFeedback ?? [];
  const explanation = review.explanation?.trim() ?? "";
  const teacherFeedback = review.teacherFeedback?.trim() ?? "";
  const marks = typeof review.score === "number" ? review.score : null;
  if (!verdict && marks === null && !pendingGrading && !correctAnswer && optionFeedback.length === 0 && !explanation && !teacherFeedback) return null;

  return (
    <div className="flex flex-col gap-3 rounded-lg border border-border bg-muted/50 p-4 text-sm">
      {verdict || marks !== null ? (
        <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          {verdict ? (
            <strong className={cn("font-semibold", VERDICT_STYLE[verdict].className)}>
              <span aria-hidden="true">{VERDICT_STYLE[verdict].mark} </span>
              {VERDICT_LABELS[verdict]}
            </strong>
          ) : null}
          {marks !== null ? (
            <span>
              {formatPoints(marks)} / {formatMarks(points)}
            </span>
          ) : null}
        </p>
      ) : null}
      {pendingGrading ? <p className="font-medium">Awaiting your teacher&apos;s marking</p> : null}
      {correctAnswer !== null ? (
        <p>
          <span className="font-medium">Correct answer: </span>
          {correctAnswer}
        </p>
      ) : null}
      {optionFeedback.length > 0 ? (
        <div>
          <p className="font-medium">About your choice{optionFeedback.length === 1 ? "" : "s"}</p>
          <ul className="mt-1 flex flex-col gap-2">
            {optionFeedback.map((item) => (
              <li key={item.id}>
                <span className="font-medium">{optionTexts.get(item.id) ?? "Your choice"}: </span>
                <MarkdownHtml html={item.html} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {explanation ? (
        <div>
          <p className="font-medium">Explanation</p>
          <MarkdownHtml html={review.explanationHtml ?? ""} />
        </div>
      ) : null}
      {teacherFeedback ? (
        <div>
          <p className="font-medium">{review.aiGraded ? "Feedback (graded with AI; your teacher may review it)" : "Your teacher's feedback"}</p>
          <p className="whitespace-pre-line">{teacherFeedback}</p>
        </div>
      ) : null}
    </div>
  );
}
