import type { Metadata } from "next";
import Link from "next/link";
import { QuestionEditor } from "@/features/questions/components/question-editor";
import { authoredCourseOrNotFound, bankPath, teacherOrRedirect } from "../_components/load-authored";

export const metadata: Metadata = { title: "New question" };

type Props = { params: Promise<{ courseId: string }> };

export default async function NewQuestionPage({ params }: Props) {
  const { courseId } = await params;
  const user = await teacherOrRedirect(`${bankPath(courseId)}/new`, courseId);
  const { course, topics } = await authoredCourseOrNotFound(user, courseId);
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
        / New question
      </p>
      <h1 className="text-3xl font-bold tracking-tight">New question</h1>
      <QuestionEditor courseId={course.id} bankHref={bankPath(course.id)} topics={topics} />
    </div>
  );
}
