import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { countByType, parseBankFilter } from "@/features/questions/components/bank-filters";
import { countPendingDrafts } from "@/features/question-generation/db-passages";
import { selectQuestionBank } from "@/features/questions/db";
import { BankFiltersForm } from "./_components/bank-filters-form";
import { BankRow } from "./_components/bank-row";
import { authoredCourseOrNotFound, bankPath, orNotFound, teacherOrRedirect } from "./_components/load-authored";
import { TypeCounts } from "./_components/type-counts";

export const metadata: Metadata = { title: "Question bank" };

type Props = { params: Promise<{ courseId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuestionBankPage({ params, searchParams }: Props) {
  const [{ courseId }, query] = await Promise.all([params, searchParams]);
  const user = await teacherOrRedirect(bankPath(courseId), courseId);
  const filter = parseBankFilter(query);
  // Counts cover every type under the topic and archive filters; the type filter applies after.
  const [{ course, topics }, bank, draftsWaiting] = await Promise.all([
    authoredCourseOrNotFound(user, courseId),
    orNotFound(selectQuestionBank(user, courseId, { topicSlug: filter.topic, includeArchived: filter.archived })),
    countPendingDrafts(user, courseId),
  ]);
  const counts = countByType(bank);
  const questions = filter.type ? bank.filter((question) => question.type === filter.type) : bank;
  const topicNames = new Map(topics.map((topic) => [topic.slug, topic.name]));
  const exportHref = (format: "gift" | "json") => `/api/courses/${course.id}/questions/export?format=${format}`;

  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6">
      <header className="flex flex-col gap-3">
        <p className="text-sm text-muted-fg">
          <Link href={`/teach/courses/${course.id}`} className="hover:underline">
            {course.title}
          </Link>{" "}
          / Question bank
        </p>
        <h1 className="text-3xl font-bold tracking-tight">Question bank</h1>
        <nav aria-label="Question bank tools" className="flex flex-wrap gap-2">
          <Link href={`${bankPath(course.id)}/new`} className={buttonClasses("primary")}>
            New question
          </Link>
          <Link href={`${bankPath(course.id)}/import`} className={buttonClasses("secondary")}>
            Import
          </Link>
          <Link href={`${bankPath(course.id)}/generate`} className={buttonClasses("secondary")}>
            Generate with AI
          </Link>
          {draftsWaiting > 0 ? (
            <Link href={`${bankPath(course.id)}/drafts`} className={buttonClasses("secondary")}>
              Drafts waiting ({draftsWaiting})
            </Link>
          ) : null}
          <a href={exportHref("gift")} download className={buttonClasses("secondary")}>
            Export GIFT
          </a>
          <a href={exportHref("json")} download className={buttonClasses("secondary")}>
            Export JSON
          </a>
        </nav>
        <p className="text-sm text-muted-fg">Exports hold every question that is not archived, in its latest version.</p>
      </header>
      {query.added === "1" ? (
        <p role="status" className="rounded-md border border-border bg-muted p-3 text-sm">
          Question added. It is the first one in the list.
        </p>
      ) : null}
      <section aria-labelledby="bank-filters-heading" className="flex flex-col gap-3">
        <h2 id="bank-filters-heading" className="sr-only">
          Filters
        </h2>
        <BankFiltersForm courseId={course.id} filter={filter} topics={topics} counts={counts} />
        <TypeCounts courseId={course.id} filter={filter} counts={counts} />
      </section>
      <section aria-labelledby="bank-list-heading" className="flex flex-col gap-2">
        <h2 id="bank-list-heading" className="text-xl font-semibold">
          {questions.length === 1 ? "1 question" : `${questions.length} questions`}
          {filter.topic || filter.type ? " matching the filters" : ""}
        </h2>
        {questions.length === 0 ? (
          <p className="text-muted-fg">
            {bank.length === 0 && !filter.topic && !filter.archived ? "No questions yet. Write one, or import a GIFT or JSON file." : "No questions match these filters."}
          </p>
        ) : (
          <ol className="flex flex-col divide-y divide-border">
            {questions.map((question) => (
              <BankRow key={question.id} courseId={course.id} question={question} topicNames={topicNames} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
