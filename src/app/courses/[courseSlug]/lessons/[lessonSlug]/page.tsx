import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { MarkdownHtml } from "@/features/courses/components/markdown-html";
import { lessonMarkdownToHtml } from "@/features/courses/lib/markdown-html";
import { selectLessonForReader } from "@/features/courses/db";
import { selectCompletedLessonIds } from "@/features/courses/db-progress";
import { LessonVideo } from "@/features/courses/components/lesson-video";
import { CompleteLessonButton } from "./_components/complete-lesson-button";
import { selectTopicMasteries } from "@/features/practice/db";
import { MasteryBadge } from "@/components/charts/mastery-badge";
import { getCurrentUser } from "@/services/auth/current-user";

type Params = { params: Promise<{ courseSlug: string; lessonSlug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const user = await getCurrentUser();
  const { courseSlug, lessonSlug } = await params;
  const found = user ? await selectLessonForReader(user, courseSlug, lessonSlug) : null;
  return { title: found ? `${found.lesson.title} — ${found.course.title}` : "Lesson" };
}

export default async function LessonPage({ params }: Params) {
  const { courseSlug, lessonSlug } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/courses/${courseSlug}/lessons/${lessonSlug}`)}`);
  const found = await selectLessonForReader(user, courseSlug, lessonSlug);
  if (!found) notFound();
  const { course, lesson, previous, next, position } = found;
  const [completedIds, mastery] = course.enrolled ? await Promise.all([selectCompletedLessonIds(user, course.id), selectTopicMasteries(user, course.id)]) : [new Set<string>(), null];
  const completed = completedIds.has(lesson.id);

  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted-fg">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/courses" className="hover:underline">Courses</Link> /
          </li>
          <li>
            <Link href={`/courses/${course.slug}`} className="hover:underline">{course.title}</Link> /
          </li>
          <li aria-current="page">{lesson.moduleTitle}</li>
        </ol>
      </nav>
      <header className="flex flex-col gap-3">
        <p className="text-sm text-muted-fg">
          Lesson {position.index} of {position.total} · {lesson.estimatedMinutes} min read
        </p>
        <h1 className="text-3xl font-bold tracking-tight">{lesson.title}</h1>
        {lesson.topics.length > 0 ? (
          <ul className="flex flex-wrap gap-2" aria-label="Topics">
            {lesson.topics.map((topic) => (
              <li key={topic.slug} className="flex items-center gap-1">
                <Badge>{topic.name}</Badge>
                {mastery?.get(topic.slug) ? <MasteryBadge level={mastery.get(topic.slug)!.level} /> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </header>
      <LessonVideo url={lesson.videoUrl} title={`Video: ${lesson.title}`} />
      <MarkdownHtml html={lessonMarkdownToHtml(lesson.markdown)} />
      {course.enrolled ? <CompleteLessonButton courseSlug={course.slug} lessonSlug={lesson.slug} completed={completed} /> : null}
      <p className="text-sm text-muted-fg">
        Stuck on something?{" "}
        <Link href={`/courses/${course.slug}/tutor`} className="font-medium text-primary hover:underline">
          Ask the tutor
        </Link>
      </p>
      <nav aria-label="Lesson navigation" className="flex flex-wrap justify-between gap-4 border-t border-border pt-6">
        {previous ? (
          <Link href={`/courses/${course.slug}/lessons/${previous.slug}`} rel="prev" className="text-primary hover:underline">
            ← {previous.title}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={`/courses/${course.slug}/lessons/${next.slug}`} rel="next" className="text-primary hover:underline">
            {next.title} →
          </Link>
        ) : (
          <Link href={`/courses/${course.slug}`} className="text-primary hover:underline">
            Back to the course
          </Link>
        )}
      </nav>
    </article>
  );
}
