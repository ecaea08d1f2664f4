import Link from "next/link";
import type { QuestionDraftRow } from "@/drizzle/schema";
import { LessonMarkdown } from "@/features/courses/components/lesson-markdown";
import { DraftReviewButtons } from "@/features/question-generation/components/draft-review";
import { plainTextPreview } from "@/features/questions/components/stem-preview";
import { QUESTION_TYPE_LABELS } from "@/features/questions/schemas";
import { DraftAnswer } from "./draft-answer";

type Props = { draft: QuestionDraftRow; number: number; courseId: string; courseSlug: string; topicNames: ReadonlyMap<string, string> };

/** One pending draft as the learner would meet it, with its answers, where it came from and the review buttons. */
export function DraftCard({ draft, number, courseId, courseSlug, topicNames }: Props) {
  const headingId = `draft-${draft.id}-heading`;
  const { source } = draft;
  const lessonHref = `/courses/${courseSlug}/lessons/${source.lessonSlug}${source.anchor ? `#${source.anchor}` : ""}`;
  return (
    <li>
      <article aria-labelledby={headingId} className="flex flex-col gap-4 rounded-lg border border-border bg-card p-4">
        <h3 id={headingId} className="text-lg font-semibold">
          Draft {number}: {QUESTION_TYPE_LABELS[draft.body.type]}
          <span className="text-sm font-normal text-muted-fg"> · {draft.difficulty}</span>
        </h3>
        <LessonMarkdown markdown={draft.body.stem} />
        <DraftAnswer body={draft.body} />
        {draft.body.explanation ? (
          <div className="flex flex-col gap-1">
            <h4 className="text-sm font-semibold">Explanation</h4>
            <LessonMarkdown markdown={draft.body.explanation} />
          </div>
        ) : null}
        <p className="text-sm">
          <span className="font-medium">Topics:</span> {draft.topicSlugs.length > 0 ? draft.topicSlugs.map((slug) => topicNames.get(slug) ?? slug).join(", ") : "none"}
        </p>
        <div className="flex flex-col gap-1 text-sm">
          <p>
            From{" "}
            <Link href={lessonHref} className="underline">
              {source.lessonTitle}
              {source.heading ? ` — ${source.heading}` : ""}
            </Link>
          </p>
          {source.quote ? <blockquote className="border-l-4 border-border pl-3 text-muted-fg italic">{source.quote}</blockquote> : null}
        </div>
        <DraftReviewButtons courseId={courseId} draftId={draft.id} editHref={`/teach/courses/${courseId}/questions/new?draft=${draft.id}`} describedBy={headingId} />
      </article>
    </li>
  );
}

/** A draft the automatic checks turned down, with every reason; it can only be discarded. */
export function RejectedDraftItem({ draft, courseId }: { draft: QuestionDraftRow; courseId: string }) {
  const headingId = `draft-${draft.id}-heading`;
  return (
    <li className="flex flex-col gap-2 py-3">
      <h3 id={headingId} className="font-medium">
        {QUESTION_TYPE_LABELS[draft.body.type]}: {plainTextPreview(draft.body.stem, 200)}
      </h3>
      <ul className="list-disc pl-6 text-sm text-danger">
        {draft.problems.map((problem, index) => (
          <li key={index}>{problem.message}</li>
        ))}
      </ul>
      <DraftReviewButtons courseId={courseId} draftId={draft.id} describedBy={headingId} />
    </li>
  );
}
