import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { DraftReviewProvider } from "@/features/question-generation/components/draft-review";
import { selectCourseDrafts } from "@/features/question-generation/db";
import { authoredCourseOrNotFound, bankPath, teacherOrRedirect } from "../_components/load-authored";
import { DraftCard, RejectedDraftItem } from "./_components/draft-card";

export const metadata: Metadata = { title: "Question drafts" };

type Props = { params: Promise<{ courseId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export default async function QuestionDraftsPage({ params, searchParams }: Props) {
  const [{ courseId }, query] = await Promise.all([params, searchParams]);
  const user = await teacherOrRedirect(`${bankPath(courseId)}/drafts`, courseId);
  // The drafts query checks authorship itself, so both run at once.
  const [{ course, topics }, drafts] = await Promise.all([authoredCourseOrNotFound(user, courseId), selectCourseDrafts(user, courseId)]);
  const pending = drafts.filter((draft) => draft.status === "pending");
  const rejected = drafts.filter((draft) => draft.status === "auto_rejected");
  const topicNames = new Map(topics.map((topic) => [topic.slug, topic.name]));

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <p className="text-sm text-muted-fg">
        <Link href={`/teach/courses/${course.id}`} className="hover:underline">
          {course.title}
        </Link>{" "}
        /{" "}
        <Link href={bankPath(course.id)} className="hover:underline">
          Question bank
        </Link>{" "}
        / Drafts
      </p>
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold tracking-tight">Drafts to review</h1>
        <p className="text-sm text-muted-fg">AI drafts reach the question bank only when you approve them. Check each answer against the quoted passage.</p>
        <nav aria-label="Draft tools" className="flex flex-wrap gap-2">
          <Link href={`${bankPath(course.id)}/generate`} className={buttonClasses("secondary")}>
            Generate with AI
          </Link>
          <Link href={bankPath(course.id)} className={buttonClasses("ghost")}>
            Back to the question bank
          </Link>
        </nav>
      </header>
      <DraftReviewProvider bankHref={bankPath(course.id)} initialMessage={query.approved === "1" ? "Approved — added to the bank." : undefined}>
        <section aria-labelledby="pending-drafts-heading" className="flex flex-col gap-3">
          <h2 id="pending-drafts-heading" className="text-xl font-semibold">
            {pending.length === 0 ? "No drafts waiting" : `${plural(pending.length, "draft")} waiting`}
          </h2>
          {pending.length === 0 ? (
            <p className="text-muted-fg">
              Nothing to review.{" "}
              <Link href={`${bankPath(course.id)}/generate`} className="underline">
                Generate questions from a lesson
              </Link>
              .
            </p>
          ) : (
            <ol className="flex flex-col gap-4">
              {pending.map((draft, index) => (
                <DraftCard key={draft.id} draft={draft} number={index + 1} courseId={course.id} courseSlug={course.slug} topicNames={topicNames} />
              ))}
            </ol>
          )}
        </section>
        {rejected.length > 0 ? (
          <details className="rounded-lg border border-border p-4">
            <summary className="cursor-pointer font-semibold">Rejected automatically ({rejected.length})</summary>
            <p className="mt-2 text-sm text-muted-fg">The checks found these drafts unusable (for example, a quote that is not in the lesson). They never reach the bank.</p>
            <ol className="flex flex-col divide-y divide-border">
              {rejected.map((draft) => (
                <RejectedDraftItem key={draft.id} draft={draft} courseId={course.id} />
              ))}
            </ol>
          </details>
        ) : null}
      </DraftReviewProvider>
    </div>
  );
}
