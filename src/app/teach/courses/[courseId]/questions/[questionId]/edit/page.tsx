import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionEditor } from "@/features/questions/components/question-editor";
import { selectQuestionBank } from "@/features/questions/db";
import { authoredCourseOrNotFound, bankPath, orNotFound, teacherOrRedirect } from "../../_components/load-authored";

export const metadata: Metadata = { title: "Edit question" };

type Props = { params: Promise<{ courseId: string; questionId: string }> };

export default async function EditQuestionPage({ params }: Props) {
  const { courseId, questionId } = await params;
  const user = await teacherOrRedirect(`${bankPath(courseId)}/${questionId}/edit`, courseId, questionId);
  const [{ course, topics }, [question]] = await Promise.all([
    authoredCourseOrNotFound(user, courseId),
    orNotFound(selectQuestionBank(user, courseId, { questionIds: [questionId], includeArchived: true })),
  ]);
  if (!question) notFound();
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
        / Edit question
      </p>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">Edit question (version {question.version})</h1>
        {question.archived ? <p className="text-sm">This question is archived: tests no longer draw it until you restore it in the bank.</p> : null}
        {question.shown ? (
          <p className="text-sm">
            Learners have seen version {question.version}, so saving creates version {question.version + 1}. Attempts that showed version {question.version} keep it
            unless you regrade them.
          </p>
        ) : (
          <p className="text-sm text-muted-fg">No attempt has shown this version yet, so saving corrects it in place.</p>
        )}
      </div>
      <QuestionEditor courseId={course.id} bankHref={bankPath(course.id)} topics={topics} question={{ id: question.id, body: question.body, topicSlugs: question.topicSlugs }} />
    </div>
  );
}
