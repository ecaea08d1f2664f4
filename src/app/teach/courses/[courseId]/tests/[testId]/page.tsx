import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { selectAuthoredCourses, selectCourseTopics } from "@/features/courses/db-authoring";
import { selectQuestionBank } from "@/features/questions/db";
import { selectTestForEditor } from "@/features/tests/db";
import { publishTestAction } from "@/features/tests/actions";
import { TestSettingsForm } from "@/features/tests/components/test-settings-form";
import { settingsFormValues } from "@/features/tests/components/test-settings-fields";
import { TestLinesEditor } from "@/features/tests/components/test-lines-editor";
import { linesFromItems } from "@/features/tests/components/test-lines";
import { stemPreview } from "@/features/tests/components/stem-preview";
import type { PickerQuestion } from "@/features/tests/components/question-picker";
import { selectTaughtClasses, selectTestAssignments } from "@/features/classes/db-teacher";
import { AssignmentWindowForm } from "@/features/classes/components/assignment-window-form";
import { ConfirmActionButton } from "@/features/classes/components/confirm-action-button";
import { LocalTime } from "@/features/classes/components/local-time";
import { orNotFound, requireTeacherPage } from "@/features/classes/components/teacher-page";

type Params = { params: Promise<{ courseId: string; testId: string }> };

export const metadata: Metadata = { title: "Edit test" };

function WindowTime({ label, at }: { label: string; at: Date | null }) {
  return (
    <span>
      {label}: {at ? <LocalTime iso={at.toISOString()} /> : "not set"}
    </span>
  );
}

export default async function TestEditorPage({ params }: Params) {
  const { courseId, testId } = await params;
  const user = await requireTeacherPage(`/teach/courses/${courseId}/tests/${testId}`, [courseId, testId]);
  const { test, items, attemptCount } = await orNotFound(selectTestForEditor(user, testId));
  if (test.courseId !== courseId) notFound();
  const [bank, topics, courses, classes, assignments] = await Promise.all([
    selectQuestionBank(user, courseId, { includeArchived: true }),
    selectCourseTopics(user, courseId),
    selectAuthoredCourses(user),
    selectTaughtClasses(user),
    selectTestAssignments(user, testId),
  ]);
  const course = courses.find((candidate) => candidate.id === courseId);
  const published = test.publishedAt !== null;
  const classesOnCourse = classes.filter((taught) => taught.course.id === courseId && !taught.archived);
  const questions: PickerQuestion[] = bank.map((question) => ({
    id: question.id,
    type: question.type,
    preview: stemPreview(question.body.stem, 160),
    topicSlugs: question.topicSlugs,
    archived: question.archived,
    suggestedPoints: question.body.type === "essay" ? Math.min(100, question.body.rubric.reduce((sum, criterion) => sum + criterion.points, 0)) : 1,
  }));

  return (
    <div className="flex flex-col gap-10">
      <header className="flex flex-col gap-3">
        <nav aria-label="Breadcrumb" className="text-sm text-muted-fg">
          <Link href="/teach" className="hover:underline">
            Teach
          </Link>{" "}
          /{" "}
          <Link href={`/teach/courses/${courseId}/tests`} className="hover:underline">
            {course?.title ?? "Course"}: tests
          </Link>{" "}
          / Edit
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight">{test.title}</h1>
          <Badge>{published ? "Published" : "Draft"}</Badge>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          <ConfirmActionButton
            action={publishTestAction}
            fields={{ testId, published: published ? "false" : "true" }}
            label={published ? "Unpublish" : "Publish"}
            variant={published ? "secondary" : "primary"}
            size="normal"
            confirmMessage={
              published
                ? "Unpublish this test? Learners enrolled in the course can no longer start it; attempts already started carry on."
                : items.length === 0
                  ? "This test has no questions yet, so no one can start it. Publish it anyway?"
                  : undefined
            }
          />
          <Link href={`/teach/courses/${courseId}/tests/${testId}/statistics`} className={buttonClasses("secondary")}>
            Statistics
          </Link>
        </div>
        <p className="text-sm text-muted-fg">
          Publishing lets learners enrolled in the course take it. Classes you assign it to can take it within their assignment&apos;s window.
        </p>
      </header>

      <section aria-labelledby="settings-heading" className="flex max-w-3xl flex-col gap-4">
        <h2 id="settings-heading" className="text-xl font-semibold">
          Settings
        </h2>
        <Card>
          <TestSettingsForm courseId={courseId} testId={testId} initial={settingsFormValues(test)} />
        </Card>
      </section>

      <TestLinesEditor testId={testId} initialLines={linesFromItems(items)} questions={questions} topics={topics} attemptCount={attemptCount} />

      <section aria-labelledby="assign-heading" className="flex max-w-4xl flex-col gap-4">
        <h2 id="assign-heading" className="text-xl font-semibold">
          Assign to a class
        </h2>
        {assignments.length > 0 ? (
          <ul className="flex flex-col gap-2">
            {assignments.map((assignment) => (
              <li key={assignment.id} className="flex flex-col gap-1 rounded-lg border border-border p-3 text-sm">
                <Link href={`/teach/classes/${assignment.classId}`} className="font-medium hover:underline">
                  {assignment.className}
                </Link>
                <span className="flex flex-wrap gap-x-4 text-muted-fg">
                  <WindowTime label="Opens" at={assignment.opensAt} />
                  <WindowTime label="Due" at={assignment.dueAt} />
                  <WindowTime label="Closes" at={assignment.closesAt} />
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-fg">Not assigned to any of your classes yet.</p>
        )}
        {classesOnCourse.length === 0 ? (
          <p className="text-sm">
            You teach no class on this course. <Link href="/teach" className="underline">Create a class</Link> first.
          </p>
        ) : (
          <Card>
            <p className="mb-4 text-sm text-muted-fg">Assigning it to a class that already has it changes that assignment&apos;s window.</p>
            <AssignmentWindowForm idPrefix="assign" testId={testId} classes={classesOnCourse.map((taught) => ({ id: taught.id, name: taught.name }))} submitLabel="Assign" />
          </Card>
        )}
      </section>
    </div>
  );
}
