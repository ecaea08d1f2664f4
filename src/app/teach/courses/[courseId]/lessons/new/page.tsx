import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { selectCourseForEditor } from "@/features/courses/db-outline";
import { getCurrentUser, hasRole } from "@/services/auth/current-user";
import { LessonEditor } from "../../_components/lesson-editor";

export const metadata: Metadata = { title: "New lesson" };

type Props = { params: Promise<{ courseId: string }>; searchParams: Promise<{ moduleId?: string }> };

export default async function NewLessonPage({ params, searchParams }: Props) {
  const [{ courseId }, { moduleId }] = await Promise.all([params, searchParams]);
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/teach/courses/${courseId}`)}`);
  if (!hasRole(user, "teacher") || !/^[0-9a-f-]{36}$/i.test(courseId)) notFound();
  const editor = await selectCourseForEditor(user, courseId);
  const courseModule = editor?.modules.find((candidate) => candidate.id === moduleId);
  if (!editor || !courseModule) notFound();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">New lesson in {courseModule.title}</h1>
      <LessonEditor courseId={courseId} moduleId={courseModule.id} topics={editor.topics} />
    </div>
  );
}
