import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { AttemptState, GradingMethod } from "@/drizzle/schema/enum-values";
import {
  ASSIGNMENT_STATUS_LABELS,
  assignmentNextStep,
  describeAttemptsUsed,
  describeTimeLimit,
  type AssignmentStatus,
} from "@/features/attempts/components/assignment-status";
import { LocalTime } from "@/features/attempts/components/local-time";
import { formatScore } from "@/features/attempts/components/response-text";
import type { LearnerAssignment } from "@/features/classes/db-learner";
import { StartAttemptButton } from "./start-attempt-button";

const STATUS_STYLE: Record<AssignmentStatus, { mark: string; className: string }> = {
  not_open: { mark: "◷", className: "bg-muted text-muted-fg" },
  open: { mark: "●", className: "bg-accent text-accent-fg" },
  due_soon: { mark: "⏰", className: "bg-accent text-accent-fg" },
  overdue: { mark: "⚠", className: "bg-muted text-danger" },
  closed: { mark: "■", className: "bg-muted text-muted-fg" },
};

const ATTEMPT_STATE_LABELS: Record<AttemptState, string> = {
  in_progress: "In progress",
  submitted: "Submitted · awaiting marking",
  overdue: "Closed when time ran out · awaiting marking",
  graded: "Marked",
  abandoned: "Time ran out with no answers",
};

const GRADE_METHOD_LABELS: Record<GradingMethod, string> = {
  highest: "your best attempt",
  average: "the average of your marked attempts",
  first: "your first marked attempt",
  last: "your latest marked attempt",
};

function Grade({ assignment }: { assignment: LearnerAssignment }) {
  const { grade, awaitingMarking, gradingMethod } = assignment;
  if (!grade) return awaitingMarking ? <p className="text-sm">Awaiting your teacher&apos;s marking.</p> : null;
  return (
    <p className="text-sm">
      <span className="font-medium">Grade: {formatScore(grade.score, grade.maxScore)}</span> — {GRADE_METHOD_LABELS[gradingMethod]}
      {grade.pending ? " (may change: an attempt is awaiting marking)" : ""}
    </p>
  );
}

function When({ label, date, relative = false }: { label: string; date: Date | null; relative?: boolean }) {
  if (!date) return null;
  return (
    <div className="flex gap-1">
      <dt className="font-medium">{label}</dt>
      <dd>
        <LocalTime date={date} relative={relative} />
      </dd>
    </div>
  );
}

/** One assigned test: its status and times, attempts, grade and the next thing to do. */
export function AssignmentCard({ assignment }: { assignment: LearnerAssignment }) {
  const next = assignmentNextStep(assignment);
  // Once they have submitted, "due soon" and "overdue" no longer concern the learner.
  const settled = assignment.done && (assignment.status === "due_soon" || assignment.status === "overdue");
  const style = settled ? { mark: "✓", className: "bg-muted text-success" } : STATUS_STYLE[assignment.status];
  const headingId = `assignment-${assignment.id}`;
  return (
    <Card className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {assignment.title}
        </h3>
        <Badge className={style.className}>
          <span aria-hidden="true">{style.mark}&nbsp;</span>
          {settled ? "Submitted" : ASSIGNMENT_STATUS_LABELS[assignment.status]}
        </Badge>
      </div>
      {assignment.description ? <p className="text-sm text-muted-fg">{assignment.description}</p> : null}
      <dl className="grid gap-1 text-sm sm:grid-cols-2">
        <When label="Opens" date={assignment.status === "not_open" ? assignment.opensAt : null} relative />
        <When label="Due" date={assignment.dueAt} relative={assignment.status !== "closed"} />
        <When label="Closes" date={assignment.closesAt} />
        <div className="flex gap-1">
          <dt className="font-medium">Time limit</dt>
          <dd>{describeTimeLimit(assignment.timeLimitSeconds)}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="font-medium">Attempts</dt>
          <dd>{describeAttemptsUsed(assignment.attemptsUsed, assignment.attemptsAllowed)}</dd>
        </div>
      </dl>
      <Grade assignment={assignment} />
      {assignment.attempts.length > 0 ? (
        <ul className="flex flex-col divide-y divide-border text-sm" aria-label={`Your attempts at ${assignment.title}`}>
          {assignment.attempts.map((attempt) => (
            <li key={attempt.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
              <span className="font-medium">Attempt {attempt.number}</span>
              <span>{ATTEMPT_STATE_LABELS[attempt.state]}</span>
              {typeof attempt.score === "number" ? <span className="tabular-nums">{formatScore(attempt.score, attempt.maxScore)}</span> : null}
              {attempt.late ? <Badge className="bg-muted text-danger">Late</Badge> : null}
              <Link href={`/attempts/${attempt.id}`} className="ml-auto font-medium text-primary hover:underline">
                Review<span className="sr-only"> attempt {attempt.number}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <div>
        {next.kind === "resume" ? (
          <Link href={`/attempts/${next.attemptId}`} className={buttonClasses("primary")}>
            Resume<span className="sr-only">: {assignment.title}</span>
          </Link>
        ) : next.kind === "start" ? (
          <StartAttemptButton testId={assignment.testId} assignmentId={assignment.id} label={next.label} testTitle={assignment.title} />
        ) : (
          <p className="text-sm text-muted-fg">{next.reason}</p>
        )}
      </div>
    </Card>
  );
}
