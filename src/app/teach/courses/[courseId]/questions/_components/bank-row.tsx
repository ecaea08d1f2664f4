import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { ArchiveQuestionButton } from "@/features/questions/components/archive-question-button";
import { plainTextPreview } from "@/features/questions/components/stem-preview";
import type { BankQuestion } from "@/features/questions/db";
import { QUESTION_TYPE_LABELS } from "@/features/questions/schemas";

/** One question in the bank: type, version, whether learners have seen it, its stem and topics, and what to do with it. */
export function BankRow({ courseId, question, topicNames }: { courseId: string; question: BankQuestion; topicNames: Map<string, string> }) {
  const preview = plainTextPreview(question.body.stem);
  const shortName = `question “${plainTextPreview(question.body.stem, 60)}”`;
  return (
    <li className="flex flex-col gap-2 py-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="flex min-w-0 flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <Badge>{QUESTION_TYPE_LABELS[question.type]}</Badge>
          <span className="text-xs text-muted-fg" title={`Version ${question.version}`}>
            <span aria-hidden="true">v{question.version}</span>
            <span className="sr-only">version {question.version}</span>
          </span>
          {question.shown ? (
            <span className="rounded-full border border-border px-2 py-0.5 text-xs" title="Learners have seen this version; saving an edit creates a new version.">
              Used in attempts
            </span>
          ) : null}
          {question.archived ? <span className="rounded-full border border-dashed border-border px-2 py-0.5 text-xs">Archived</span> : null}
        </div>
        <p className={question.archived ? "text-muted-fg" : undefined}>{preview || <em>(no question text)</em>}</p>
        {question.topicSlugs.length > 0 ? (
          <p className="text-sm text-muted-fg">
            <span className="sr-only">Topics: </span>
            {question.topicSlugs.map((slug) => topicNames.get(slug) ?? slug).join(" · ")}
          </p>
        ) : null}
      </div>
      <div className="flex shrink-0 items-start gap-2">
        <Link href={`/teach/courses/${courseId}/questions/${question.id}/edit`} aria-label={`Edit ${shortName}`} className={buttonClasses("secondary", "min-h-8 px-3 py-1 text-xs")}>
          Edit
        </Link>
        <ArchiveQuestionButton courseId={courseId} questionId={question.id} archived={question.archived} questionName={shortName} />
      </div>
    </li>
  );
}
