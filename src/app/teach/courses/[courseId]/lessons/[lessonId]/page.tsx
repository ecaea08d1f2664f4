import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { selectCourseTopics } from "@/features/courses/db-authoring";
import { selectLessonForEditor } from "@/features/courses/db-outline";
import { getCurrentUser, hasRole } from "@/services/auth/current-user";
import { LessonEditor } from "../../_components/lesson-editor";

export const metadata: Metadata = { title: "Edit lesson" };

type Props = { params: Promise<{ courseId: string; lessonId: string }> };

export default async function EditLessonPage({ params }: Props) {
  const { courseId, lessonId } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/teach/courses/${courseId}/lessons/${lessonId}`)}`);
  if (!hasRole(user, "teacher") || !/^[0-9a-f-]{36}$/i.test(lessonId) || !/^[0-9a-f-]{36}$/i.test(courseId)) notFound();
  const [found, topics] = await Promise.all([selectLessonForEditor(user, lessonId), selectCourseTopics(user, courseId)]);
  if (!found || found.lesson.courseId !== courseId) notFound();
  const { lesson } = found;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-muted-fg">
        <Link href={`/teach/courses/${courseId}`} className="hover:underline">
          {found.courseTitle}
        </Link>{" "}
        / Lesson
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight">{lesson.title}</h1>
        <Link href={`/teach/courses/${courseId}/questions/generate?lessonId=${lesson.id}`} className={buttonClasses("secondary")}>
          Generate with AI
        </Link>
      </div>
      <LessonEditor
        courseId={courseId}
        lessonId={lesson.id}
        topics={topics}
        initial={{ ...lesson, topicSlugs: found.topicSlugs, published: lesson.publishedAt !== null }}
      />
    </div>
  );
}
