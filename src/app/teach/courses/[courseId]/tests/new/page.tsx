import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { selectAuthoredCourses } from "@/features/courses/db-authoring";
import { TestSettingsForm } from "@/features/tests/components/test-settings-form";
import { NEW_TEST_VALUES } from "@/features/tests/components/test-settings-fields";
import { requireTeacherPage } from "@/features/classes/components/teacher-page";

type Params = { params: Promise<{ courseId: string }> };

export const metadata: Metadata = { title: "New test" };

export default async function NewTestPage({ params }: Params) {
  const { courseId } = await params;
  const user = await requireTeacherPage(`/teach/courses/${courseId}/tests/new`, [courseId]);
  const course = (await selectAuthoredCourses(user)).find((candidate) => candidate.id === courseId);
  if (!course) notFound();
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted-fg">
        <Link href="/teach" className="hover:underline">
          Teach
        </Link>{" "}
        /{" "}
        <Link href={`/teach/courses/${course.id}/tests`} className="hover:underline">
          {course.title}: tests
        </Link>{" "}
        / New
      </nav>
      <h1 className="text-3xl font-bold tracking-tight">New test</h1>
      <p className="text-muted-fg">Set its policies first; you choose its questions next. It stays a draft until you publish it.</p>
      <Card>
        <TestSettingsForm courseId={course.id} initial={NEW_TEST_VALUES} />
      </Card>
    </div>
  );
}
