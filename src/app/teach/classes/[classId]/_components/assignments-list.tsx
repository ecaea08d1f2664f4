import Link from "next/link";
import { deleteAssignmentAction } from "@/features/classes/actions";
import type { ClassOverview } from "@/features/classes/db-teacher";
import { AssignmentWindowForm } from "@/features/classes/components/assignment-window-form";
import { ConfirmActionButton } from "@/features/classes/components/confirm-action-button";
import { LocalTime } from "@/features/classes/components/local-time";
import { Badge } from "@/components/ui/badge";

type Assignment = ClassOverview["assignments"][number];

function Time({ label, at }: { label: string; at: Date | null }) {
  return (
    <div>
      <dt className="inline font-medium">{label}: </dt>
      <dd className="inline">{at ? <LocalTime iso={at.toISOString()} /> : "not set"}</dd>
    </div>
  );
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** The tests set for the class, each with its window, its backlog and ways to change or remove it. */
export function AssignmentsList({ classId, courseId, assignments }: { classId: string; courseId: string; assignments: Assignment[] }) {
  if (assignments.length === 0) {
    return (
      <p className="text-sm text-muted-fg">
        No tests are assigned yet. Open a test from the{" "}
        <Link href={`/teach/courses/${courseId}/tests`} className="underline">
          course&apos;s tests
        </Link>{" "}
        and use &ldquo;Assign to a class&rdquo;.
      </p>
    );
  }
  return (
    <ul className="flex flex-col gap-3">
      {assignments.map((assignment) => (
        <li key={assignment.id} className="flex flex-col gap-3 rounded-lg border border-border bg-card p-4">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-semibold">{assignment.testTitle}</h3>
            {assignment.testPublished ? null : <Badge>Draft test</Badge>}
          </div>
          <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
            <Time label="Opens" at={assignment.opensAt} />
            <Time label="Due" at={assignment.dueAt} />
            <Time label="Closes" at={assignment.closesAt} />
          </dl>
          <p className="text-sm">
            {assignment.attemptCount} attempt{assignment.attemptCount === 1 ? "" : "s"} ·{" "}
            {assignment.awaitingGradingCount === 0 ? (
              "nothing waiting to be graded"
            ) : (
              <Link href={`/teach/grading?testId=${assignment.testId}`} className="font-medium underline">
                {assignment.awaitingGradingCount} answer{assignment.awaitingGradingCount === 1 ? "" : "s"} waiting to be graded
              </Link>
            )}
          </p>
          <div className="flex flex-wrap items-start gap-2">
            <Link href={`/teach/courses/${courseId}/tests/${assignment.testId}/statistics`} className="rounded-md px-2 py-1 text-sm underline hover:bg-muted">
              Statistics<span className="sr-only"> of {assignment.testTitle}</span>
            </Link>
            <ConfirmActionButton
              action={deleteAssignmentAction}
              fields={{ assignmentId: assignment.id }}
              label="Remove assignment"
              pendingLabel="Removing…"
              ariaLabel={`Remove the assignment of ${assignment.testTitle}`}
              confirmMessage={`Remove "${assignment.testTitle}" from this class? Learners can no longer start it through the class and it leaves the gradebook. Attempts already made are kept.`}
            />
          </div>
          <details className="rounded-md border border-border p-3">
            <summary className="cursor-pointer text-sm font-medium">
              Edit window<span className="sr-only"> of {assignment.testTitle}</span>
            </summary>
            <div className="pt-3">
              <AssignmentWindowForm
                idPrefix={`window-${assignment.id}`}
                testId={assignment.testId}
                classId={classId}
                initial={{ opensAt: iso(assignment.opensAt), dueAt: iso(assignment.dueAt), closesAt: iso(assignment.closesAt) }}
                submitLabel="Save window"
              />
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
