import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { selectAuthoredCourses } from "@/features/courses/db-authoring";
import { countAnswersAwaitingGrading, selectTaughtClasses } from "@/features/classes/db-teacher";
import { NewClassForm } from "@/features/classes/components/new-class-form";
import { requireTeacherPage } from "@/features/classes/components/teacher-page";

export const metadata: Metadata = { title: "Teach" };

const plural = (count: number, word: string, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;

export default async function TeachPage() {
  const user = await requireTeacherPage("/teach");
  const [courses, classes, waiting] = await Promise.all([selectAuthoredCourses(user), selectTaughtClasses(user), countAnswersAwaitingGrading(user)]);

  return (
    <div className="flex flex-col gap-10">
      <header className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold tracking-tight">Teach</h1>
        <Card className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-lg">
            {waiting === 0 ? "Nothing is waiting to be graded." : <strong>{plural(waiting, "answer")} waiting to be graded.</strong>}
          </p>
          <Link href="/teach/grading" className={buttonClasses(waiting === 0 ? "secondary" : "primary")}>
            Grading queue
          </Link>
        </Card>
      </header>

      <section aria-labelledby="courses-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="courses-heading" className="text-xl font-semibold">
            Courses you author
          </h2>
          <div className="flex flex-wrap gap-2">
            <Link href="/teach/courses/new/outline" className={buttonClasses("secondary")}>
              Draft an outline with AI
            </Link>
            <Link href="/teach/courses/new" className={buttonClasses("secondary")}>
              New course
            </Link>
          </div>
        </div>
        {courses.length === 0 ? (
          <p className="text-muted-fg">You do not author any course yet.</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {courses.map((course) => (
              <li key={course.id}>
                <Card className="flex h-full flex-col gap-3">
                  <div className="flex flex-wrap items-center gap-2">
                    <h3 className="font-semibold">{course.title}</h3>
                    <Badge>{course.publishedAt ? "Published" : "Draft"}</Badge>
                  </div>
                  <p className="text-sm text-muted-fg">
                    {plural(course.lessonCount, "lesson")} · {plural(course.questionCount, "question")} · {plural(course.testCount, "test")}
                  </p>
                  <nav aria-label={`${course.title}: tools`} className="mt-auto flex flex-wrap gap-2">
                    <Link href={`/teach/courses/${course.id}`} className={buttonClasses("secondary", "min-h-9 px-3 py-1")}>
                      Edit course<span className="sr-only">: {course.title}</span>
                    </Link>
                    <Link href={`/teach/courses/${course.id}/questions`} className={buttonClasses("secondary", "min-h-9 px-3 py-1")}>
                      Questions<span className="sr-only"> of {course.title}</span>
                    </Link>
                    <Link href={`/teach/courses/${course.id}/tests`} className={buttonClasses("secondary", "min-h-9 px-3 py-1")}>
                      Tests<span className="sr-only"> of {course.title}</span>
                    </Link>
                  </nav>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="classes-heading" className="flex flex-col gap-4">
        <h2 id="classes-heading" className="text-xl font-semibold">
          Classes you teach
        </h2>
        {classes.length === 0 ? (
          <p className="text-muted-fg">You do not teach any class yet. Create one below and share its join code.</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {classes.map((taught) => (
              <li key={taught.id}>
                <Card className="flex h-full flex-col gap-2">
                  <div className="flex flex-wrap items-center gap-2">
                    <h3 className="font-semibold">
                      <Link href={`/teach/classes/${taught.id}`} className="hover:underline">
                        {taught.name}
                      </Link>
                    </h3>
                    {taught.archived ? <Badge>Archived</Badge> : null}
                  </div>
                  <p className="text-sm text-muted-fg">{taught.course.title}</p>
                  <p className="text-sm">
                    {plural(taught.learnerCount, "learner")} · {plural(taught.assignmentCount, "assignment")} · join code{" "}
                    <span className="font-mono font-semibold">{taught.joinCode}</span>
                  </p>
                  <p className="text-sm">{taught.awaitingGradingCount === 0 ? "No answers waiting to be graded." : <strong>{plural(taught.awaitingGradingCount, "answer")} waiting to be graded.</strong>}</p>
                  <nav aria-label={`${taught.name}: tools`} className="mt-auto flex flex-wrap gap-2 pt-1">
                    <Link href={`/teach/classes/${taught.id}`} className={buttonClasses("secondary", "min-h-9 px-3 py-1")}>
                      Manage<span className="sr-only"> {taught.name}</span>
                    </Link>
                    <Link href={`/teach/classes/${taught.id}/gradebook`} className={buttonClasses("secondary", "min-h-9 px-3 py-1")}>
                      Gradebook<span className="sr-only"> of {taught.name}</span>
                    </Link>
                  </nav>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="new-class-heading" className="flex max-w-xl flex-col gap-4">
        <h2 id="new-class-heading" className="text-xl font-semibold">
          New class
        </h2>
        <Card>
          <NewClassForm courses={courses.map((course) => ({ id: course.id, title: course.title }))} />
        </Card>
      </section>
    </div>
  );
}
