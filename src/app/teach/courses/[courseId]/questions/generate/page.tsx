import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { selectCourseForEditor } from "@/features/courses/db-outline";
import { AI_OFF_MESSAGES } from "@/features/ai/messages";
import { GenerationForm } from "@/features/question-generation/components/generation-form";
import { selectLessonPassages } from "@/features/question-generation/db-passages";
import { isAiConfigured } from "@/services/openai/config";
import { bankPath, orNotFound, teacherOrRedirect } from "../_components/load-authored";

export const metadata: Metadata = { title: "Generate questions with AI" };

type Props = { params: Promise<{ courseId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function GenerateQuestionsPage({ params, searchParams }: Props) {
  const [{ courseId }, query] = await Promise.all([params, searchParams]);
  const asked = typeof query.lessonId === "string" && UUID.test(query.lessonId) ? query.lessonId : undefined;
  const user = await teacherOrRedirect(`${bankPath(courseId)}/generate${asked ? `?lessonId=${asked}` : ""}`, courseId);
  // The editor's view of the course has its topics and every lesson (drafts too), grouped by module.
  const editor = await selectCourseForEditor(user, courseId);
  if (!editor) notFound();
  const { course } = editor;
  const lessons = editor.modules.flatMap((courseModule) => courseModule.lessons);
  const lesson = lessons.find((candidate) => candidate.id === asked);
  const passages = lesson ? await orNotFound(selectLessonPassages(user, course.id, lesson.id)) : [];
  const topics = editor.topics.map((topic) => ({ slug: topic.slug, name: topic.name }));
  const aiEnabled = isAiConfigured();
  const showForm = lesson !== undefined && passages.length > 0;

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
        / Generate with AI
      </p>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">Generate questions with AI</h1>
        <p className="text-sm text-muted-fg">
          The AI writes drafts from the passages you choose. Nothing reaches the bank until you approve it on the{" "}
          <Link href={`${bankPath(course.id)}/drafts`} className="underline">
            drafts page
          </Link>
          .
        </p>
      </div>
      {aiEnabled || showForm ? null : <p className="rounded-md border border-border bg-muted p-3 text-sm">{AI_OFF_MESSAGES.question_generation}</p>}
      {lessons.length === 0 ? <p>This course has no lessons yet. Write a lesson first; the AI writes questions from its text.</p> : null}
      {lessons.length > 0 ? (
        <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Choose a lesson">
          <div className="flex flex-col gap-1">
            <label htmlFor="generate-lesson" className="text-sm font-medium">
              Lesson
            </label>
            <select id="generate-lesson" name="lessonId" defaultValue={lesson?.id ?? ""} required className="min-h-10 rounded-md border border-border bg-bg px-3 text-sm">
              <option value="" disabled>
                Choose a lesson
              </option>
              {editor.modules.map((courseModule) => (
                <optgroup key={courseModule.id} label={courseModule.title}>
                  {courseModule.lessons.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.publishedAt ? candidate.title : `${candidate.title} (draft)`}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClasses("secondary")}>
            Show its passages
          </button>
        </form>
      ) : null}
      {asked && !lesson ? <p role="alert">That lesson is not part of this course. Choose one from the list.</p> : null}
      {lesson && passages.length === 0 ? (
        <p>
          {lesson.title} has no text to write questions from yet.{" "}
          <Link href={`/teach/courses/${course.id}/lessons/${lesson.id}`} className="underline">
            Edit the lesson
          </Link>
          .
        </p>
      ) : null}
      {showForm ? (
        <section aria-labelledby="generate-heading" className="flex flex-col gap-4">
          <h2 id="generate-heading" className="text-xl font-semibold">
            From {lesson.title}
          </h2>
          <GenerationForm
            key={lesson.id}
            courseId={course.id}
            lessonId={lesson.id}
            passages={passages}
            topics={topics}
            aiEnabled={aiEnabled}
            draftsHref={`${bankPath(course.id)}/drafts`}
          />
        </section>
      ) : null}
    </div>
  );
}
