import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { selectCourseForEditor } from "@/features/courses/db-outline";
import { publishCourseAction } from "@/features/courses/actions-authoring";
import { getCurrentUser, hasRole } from "@/services/auth/current-user";
import { ActionButton } from "./_components/action-button";
import { CourseForm } from "./_components/course-form";
import { OutlineEditor } from "./_components/outline-editor";
import { TopicsEditor } from "./_components/topics-editor";

type Params = { params: Promise<{ courseId: string }> };

export const metadata: Metadata = { title: "Edit course" };

export default async function CourseEditorPage({ params }: Params) {
  const { courseId } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/teach/courses/${courseId}`)}`);
  if (!hasRole(user, "teacher") || !/^[0-9a-f-]{36}$/i.test(courseId)) notFound();
  const editor = await selectCourseForEditor(user, courseId);
  if (!editor) notFound();
  const { course, topics, modules } = editor;
  const published = course.publishedAt !== null;

  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-8">
      <header className="flex flex-col gap-3">
        <p className="text-sm text-muted-fg">
          <Link href="/teach" className="hover:underline">
            Teach
          </Link>{" "}
          / Course
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight">{course.title}</h1>
          <Badge>{published ? "Published" : "Draft"}</Badge>
          <Badge>{course.visibility}</Badge>
        </div>
        <nav aria-label="Course tools" className="flex flex-wrap gap-2">
          <Link href={`/courses/${course.slug}`} className={buttonClasses("secondary")}>
            View as a learner
          </Link>
          <Link href={`/teach/courses/${course.id}/questions`} className={buttonClasses("secondary")}>
            Question bank
          </Link>
          <Link href={`/teach/courses/${course.id}/tests`} className={buttonClasses("secondary")}>
            Tests
          </Link>
          <ActionButton
            action={publishCourseAction}
            fields={{ courseId: course.id, published: published ? "false" : "true" }}
            label={published ? "Unpublish course" : "Publish course"}
            variant={published ? "secondary" : "primary"}
            confirmMessage={published ? "Learners will no longer find this course. Unpublish it?" : undefined}
          />
        </nav>
      </header>
      <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="outline-heading" className="flex flex-col gap-4">
          <h2 id="outline-heading" className="text-xl font-semibold">
            Modules and lessons
          </h2>
          <OutlineEditor courseId={course.id} modules={modules} />
        </section>
        <div className="flex flex-col gap-8">
          <section aria-labelledby="details-heading" className="flex flex-col gap-4">
            <h2 id="details-heading" className="text-xl font-semibold">
              Details
            </h2>
            <Card>
              <CourseForm courseId={course.id} initial={course} />
            </Card>
          </section>
          <section aria-labelledby="topics-heading" className="flex flex-col gap-4">
            <h2 id="topics-heading" className="text-xl font-semibold">
              Topics
            </h2>
            <p className="text-sm text-muted-fg">Topics are the skills you tag lessons and questions with; tests can draw random questions per topic.</p>
            <TopicsEditor courseId={course.id} topics={topics} />
          </section>
        </div>
      </div>
    </div>
  );
}
