import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { selectCourseOutline } from "@/features/courses/db";
import { selectCompletedLessonIds } from "@/features/courses/db-progress";
import { selectTopicMasteries } from "@/features/practice/db";
import { MasteryBadge } from "@/components/charts/mastery-badge";
import { getCurrentUser } from "@/services/auth/current-user";
import { CourseSearchForm } from "./_components/course-search-form";
import { EnrolButton } from "./_components/enrol-button";

type Params = { params: Promise<{ courseSlug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const course = await selectCourseOutline(await getCurrentUser(), (await params).courseSlug);
  return { title: course?.title ?? "Course not found" };
}

export default async function CoursePage({ params }: Params) {
  const { courseSlug } = await params;
  const viewer = await getCurrentUser();
  const course = await selectCourseOutline(viewer, courseSlug);
  if (!course) notFound();
  const lessonCount = course.modules.reduce((sum, courseModule) => sum + courseModule.lessons.length, 0);
  const minutes = course.modules.flatMap((m) => m.lessons).reduce((sum, lesson) => sum + lesson.estimatedMinutes, 0);
  const completed = viewer && course.enrolled ? await selectCompletedLessonIds(viewer, course.id) : new Set<string>();
  const percent = lessonCount === 0 ? 0 : Math.round((completed.size / lessonCount) * 100);
  const mastery = viewer && course.enrolled ? await selectTopicMasteries(viewer, course.id) : null;

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-3">
          <div className="flex flex-wrap gap-2">
            <Badge>{course.level}</Badge>
            <Badge className="bg-muted text-muted-fg">
              {lessonCount} lessons · about {Math.round(minutes / 60)} h
            </Badge>
          </div>
          <h1 className="text-3xl font-bold tracking-tight">{course.title}</h1>
          <p className="text-lg text-muted-fg">{course.summary}</p>
          <p className="whitespace-pre-line">{course.description}</p>
          <p className="text-sm text-muted-fg">Taught by {course.ownerName}</p>
        </div>
        <section aria-labelledby="outline-heading" className="flex flex-col gap-4">
          <h2 id="outline-heading" className="text-2xl font-semibold">
            Course outline
          </h2>
          <ol className="flex flex-col gap-4">
            {course.modules.map((courseModule, index) => (
              <li key={courseModule.id}>
                <Card>
                  <h3 className="font-semibold">
                    Module {index + 1}: {courseModule.title}
                  </h3>
                  <p className="mt-1 text-sm text-muted-fg">{courseModule.summary}</p>
                  <ol className="mt-3 flex flex-col divide-y divide-border">
                    {courseModule.lessons.map((lesson) => (
                      <li key={lesson.id} className="flex items-center justify-between gap-3 py-2">
                        <span className="flex items-center gap-2">
                          {course.enrolled ? (
                            <span aria-hidden="true" className={completed.has(lesson.id) ? "text-success" : "text-muted-fg"}>
                              {completed.has(lesson.id) ? "✓" : "○"}
                            </span>
                          ) : null}
                          <Link href={`/courses/${course.slug}/lessons/${lesson.slug}`} className="font-medium text-primary hover:underline">
                            {lesson.title}
                          </Link>
                          {completed.has(lesson.id) ? <span className="sr-only">(completed)</span> : null}
                        </span>
                        <span className="shrink-0 text-xs text-muted-fg">{lesson.estimatedMinutes} min</span>
                      </li>
                    ))}
                  </ol>
                </Card>
              </li>
            ))}
          </ol>
        </section>
      </div>
      <aside className="flex flex-col gap-4">
        <Card className="flex flex-col gap-3">
          {viewer ? (
            course.enrolled ? (
              <div className="flex flex-col gap-2">
                <p className="font-medium text-success">You are enrolled in this course.</p>
                <p id="course-progress-label" className="text-sm">
                  {completed.size} of {lessonCount} lessons complete ({percent}%)
                </p>
                <progress aria-labelledby="course-progress-label" max={lessonCount || 1} value={completed.size} className="h-2 w-full accent-primary" />
              </div>
            ) : (
              <EnrolButton courseSlug={course.slug} />
            )
          ) : (
            <Link href={`/sign-in?next=/courses/${course.slug}`} className="font-medium text-primary hover:underline">
              Sign in to enrol and read the lessons
            </Link>
          )}
        </Card>
        <Card className="flex flex-col gap-3">
          <CourseSearchForm courseSlug={course.slug} />
          <Link href={`/courses/${course.slug}/tutor`} className="self-start font-medium text-primary hover:underline">
            Ask the tutor
          </Link>
        </Card>
        <Card>
          <h2 className="font-semibold">Topics</h2>
          {mastery ? (
            <ul className="mt-2 flex flex-col gap-2 text-sm">
              {course.topics.map((topic) => {
                const level = mastery.get(topic.slug);
                return (
                  <li key={topic.id} className="flex flex-wrap items-center justify-between gap-2">
                    {level?.hasQuestions ? (
                      <Link href={`/practice/${course.slug}?topic=${topic.slug}`} className="text-primary hover:underline" title={topic.description}>
                        {topic.name}
                      </Link>
                    ) : (
                      <span title={topic.description}>{topic.name}</span>
                    )}
                    {level ? <MasteryBadge level={level.level} /> : null}
                  </li>
                );
              })}
            </ul>
          ) : (
            <ul className="mt-2 flex flex-wrap gap-2">
              {course.topics.map((topic) => (
                <li key={topic.id}>
                  <Badge title={topic.description}>{topic.name}</Badge>
                </li>
              ))}
            </ul>
          )}
          {mastery ? (
            <Link href={`/practice/${course.slug}`} className="mt-3 inline-block font-medium text-primary hover:underline">
              Practise this course
            </Link>
          ) : null}
        </Card>
      </aside>
    </div>
  );
}
