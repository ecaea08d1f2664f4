import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { selectAuthoredCourses } from "@/features/courses/db-authoring";
import { selectCourseTests } from "@/features/tests/db";
import { orNotFound, requireTeacherPage } from "@/features/classes/components/teacher-page";

type Params = { params: Promise<{ courseId: string }> };

export const metadata: Metadata = { title: "Tests" };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export default async function CourseTestsPage({ params }: Params) {
  const { courseId } = await params;
  const user = await requireTeacherPage(`/teach/courses/${courseId}/tests`, [courseId]);
  const [tests, courses] = await Promise.all([orNotFound(selectCourseTests(user, courseId)), selectAuthoredCourses(user)]);
  const course = courses.find((candidate) => candidate.id === courseId);
  if (!course) notFound();

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        <nav aria-label="Breadcrumb" className="text-sm text-muted-fg">
          <Link href="/teach" className="hover:underline">
            Teach
          </Link>{" "}
          /{" "}
          <Link href={`/teach/courses/${course.id}`} className="hover:underline">
            {course.title}
          </Link>{" "}
          / Tests
        </nav>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-3xl font-bold tracking-tight">Tests</h1>
          <Link href={`/teach/courses/${course.id}/tests/new`} className={buttonClasses("primary")}>
            New test
          </Link>
        </div>
      </header>
      {tests.length === 0 ? (
        <p className="text-muted-fg">This course has no tests yet. Create one, add questions from the bank, then publish it or assign it to a class.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {tests.map((test) => (
            <li key={test.id} className="flex flex-wrap items-center gap-3 rounded-lg border border-border bg-card p-4">
              <div className="flex min-w-0 flex-1 flex-col gap-1">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 className="font-semibold">
                    <Link href={`/teach/courses/${course.id}/tests/${test.id}`} className="hover:underline">
                      {test.title}
                    </Link>
                  </h2>
                  <Badge>{test.publishedAt ? "Published" : "Draft"}</Badge>
                </div>
                <p className="text-sm text-muted-fg">
                  {plural(test.questionCount, "question")} · {test.timeLimitSeconds ? `${Math.round(test.timeLimitSeconds / 60)} minutes` : "no time limit"} ·{" "}
                  {test.attemptsAllowed ? `${plural(test.attemptsAllowed, "attempt")} allowed` : "unlimited attempts"} · {plural(test.attemptCount, "attempt")} so far
                </p>
              </div>
              <div className="flex gap-2">
                <Link href={`/teach/courses/${course.id}/tests/${test.id}`} className={buttonClasses("secondary", "min-h-9 px-3 py-1")}>
                  Edit<span className="sr-only"> {test.title}</span>
                </Link>
                <Link href={`/teach/courses/${course.id}/tests/${test.id}/statistics`} className={buttonClasses("secondary", "min-h-9 px-3 py-1")}>
                  Statistics<span className="sr-only"> of {test.title}</span>
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
