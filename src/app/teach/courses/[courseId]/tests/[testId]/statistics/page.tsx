import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { selectTestStatistics } from "@/features/tests/db-statistics";
import { StatisticsSummary } from "@/features/tests/components/statistics-summary";
import { ItemStatisticsTable } from "@/features/tests/components/item-statistics-table";
import { orNotFound, requireTeacherPage } from "@/features/classes/components/teacher-page";

type Props = { params: Promise<{ courseId: string; testId: string }>; searchParams: Promise<{ include?: string | string[] }> };

export const metadata: Metadata = { title: "Test statistics" };

const SELECTIONS = [
  { value: "first", label: "First attempts", help: "Each learner's first graded attempt: the usual basis for item analysis, since later attempts build on earlier ones." },
  { value: "all", label: "All attempts", help: "Every graded attempt, each counted as if a different learner made it." },
] as const;

export default async function TestStatisticsPage({ params, searchParams }: Props) {
  const { courseId, testId } = await params;
  const include = (await searchParams).include === "all" ? "all" : "first";
  const base = `/teach/courses/${courseId}/tests/${testId}/statistics`;
  const user = await requireTeacherPage(include === "all" ? `${base}?include=all` : base, [courseId, testId]);
  const report = await orNotFound(selectTestStatistics(user, testId, include));
  if (report.test.courseId !== courseId) notFound();
  const selection = SELECTIONS.find((option) => option.value === include)!;

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <nav aria-label="Breadcrumb" className="text-sm text-muted-fg">
          <Link href="/teach" className="hover:underline">
            Teach
          </Link>{" "}
          /{" "}
          <Link href={`/teach/courses/${courseId}/tests/${testId}`} className="hover:underline">
            {report.test.title}
          </Link>{" "}
          / Statistics
        </nav>
        <h1 className="text-3xl font-bold tracking-tight">Statistics: {report.test.title}</h1>
        <nav aria-label="Attempts analysed" className="flex flex-wrap gap-2">
          {SELECTIONS.map((option) => (
            <Link
              key={option.value}
              href={option.value === "all" ? `${base}?include=all` : base}
              aria-current={option.value === include ? "page" : undefined}
              className={buttonClasses(option.value === include ? "primary" : "secondary")}
            >
              {option.label}
              {option.value === include ? <span className="sr-only"> (shown)</span> : null}
            </Link>
          ))}
        </nav>
        <p className="text-sm text-muted-fg">{selection.help} Only graded attempts count; attempts waiting for you to mark an essay join once marked.</p>
      </header>

      <section aria-labelledby="summary-heading" className="flex flex-col gap-4">
        <h2 id="summary-heading" className="text-xl font-semibold">
          Summary
        </h2>
        <StatisticsSummary summary={report.summary} />
      </section>

      <section aria-labelledby="items-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="items-heading" className="text-xl font-semibold">
            Questions
          </h2>
          {/* A plain link: the route answers with a CSV attachment. */}
          <a href={`/api/tests/${testId}/statistics?include=${include}`} download className={buttonClasses("secondary")}>
            Download CSV<span className="sr-only"> of the question statistics</span>
          </a>
        </div>
        <p className="text-sm text-muted-fg">
          Figures are percentages. Flags point at questions worth a look: very easy or very hard, or ones that do not separate stronger from weaker learners.
        </p>
        <ItemStatisticsTable items={report.items} />
      </section>
    </div>
  );
}
