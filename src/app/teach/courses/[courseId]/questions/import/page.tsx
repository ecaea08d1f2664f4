import type { Metadata } from "next";
import Link from "next/link";
import { QuestionImportForm } from "@/features/questions/components/question-import-form";
import { authoredCourseOrNotFound, bankPath, teacherOrRedirect } from "../_components/load-authored";

export const metadata: Metadata = { title: "Import questions" };

type Props = { params: Promise<{ courseId: string }> };

export default async function ImportQuestionsPage({ params }: Props) {
  const { courseId } = await params;
  const user = await teacherOrRedirect(`${bankPath(courseId)}/import`, courseId);
  const { course } = await authoredCourseOrNotFound(user, courseId);
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
        / Import
      </p>
      <h1 className="text-3xl font-bold tracking-tight">Import questions</h1>
      <div className="flex flex-col gap-2 text-sm">
        <p>
          Import a Moodle GIFT file or a LearnForge JSON export. First check it: every problem is listed with its line, and nothing is imported until the whole file is
          right. Then import: all of its questions are added together, or none.
        </p>
        <p className="text-muted-fg">
          Topics named in the file must already exist in this course. GIFT&apos;s <code>[html]</code> text becomes plain text; essays without a rubric get a one-point
          &ldquo;Quality of the answer&rdquo; criterion.
        </p>
      </div>
      <QuestionImportForm courseId={course.id} bankHref={bankPath(course.id)} />
    </div>
  );
}
