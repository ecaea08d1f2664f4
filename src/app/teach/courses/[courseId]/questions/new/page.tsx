import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { selectPendingDraft } from "@/features/question-generation/db";
import { QuestionEditor } from "@/features/questions/components/question-editor";
import { authoredCourseOrNotFound, bankPath, orNotFound, teacherOrRedirect } from "../_components/load-authored";

export const metadata: Metadata = { title: "New question" };

type Props = { params: Promise<{ courseId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewQuestionPage({ params, searchParams }: Props) {
  const [{ courseId }, query] = await Promise.all([params, searchParams]);
  // ?draft=<id>: "Edit and approve" an AI draft — the editor starts from it and saving approves it.
  const draftId = typeof query.draft === "string" ? query.draft : undefined;
  const user = await teacherOrRedirect(`${bankPath(courseId)}/new${draftId ? `?draft=${encodeURIComponent(draftId)}` : ""}`, courseId, ...(draftId ? [draftId] : []));
  const [{ course, topics }, draft] = await Promise.all([authoredCourseOrNotFound(user, courseId), draftId ? orNotFound(selectPendingDraft(user, draftId)) : null]);
  if (draft && draft.courseId !== course.id) notFound();
  const title = draft ? "Edit and approve a draft" : "New question";
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6">
      <p className="text-sm text-muted-fg">
        <Link href={`/teach/courses/${course.id}`} className="hover:underline">
          {course.title}
        </Link>{" "}
        /{" "}
        <Link href={bankPath(course.id)} className="hover:underline">
          Question bank
        </Link>{" "}
        /{" "}
        {draft ? (
          <>
            <Link href={`${bankPath(course.id)}/drafts`} className="hover:underline">
              Drafts
            </Link>{" "}
            /{" "}
          </>
        ) : null}
        {title}
      </p>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {draft ? (
        <p className="text-sm text-muted-fg">
          The AI wrote this from {draft.source.lessonTitle}
          {draft.source.heading ? ` — ${draft.source.heading}` : ""}. Saving adds your version to the bank and marks the draft approved.
        </p>
      ) : null}
      <QuestionEditor
        courseId={course.id}
        bankHref={bankPath(course.id)}
        topics={topics}
        draft={draft ? { id: draft.id, body: draft.body, topicSlugs: draft.topicSlugs } : undefined}
      />
    </div>
  );
}
