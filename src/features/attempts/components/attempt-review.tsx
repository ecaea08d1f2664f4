import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { LearnerAttemptView } from "@/features/attempts/db-view";
import { MarkdownHtml } from "@/features/courses/components/markdown-html";
import { LocalTime } from "./local-time";
import { chosenOptionIds, describeResponse, formatMarks, formatScore } from "./response-text";
import { SlotFeedback } from "./slot-feedback";

type Slot = LearnerAttemptView["slots"][number];

function YourAnswer({ slot }: { slot: Slot }) {
  const { question, response, review } = slot;
  if (question.type === "single_choice" || question.type === "multiple_choice") {
    const chosen = new Set(chosenOptionIds(response));
    const correct = new Set(review.correctOptionIds ?? []);
    return (
      <ul className="flex flex-col gap-2" aria-label="Options">
        {question.options.map((option) => (
          <li key={option.id} className="flex flex-wrap items-center gap-2 rounded-md border border-border p-3 text-sm">
            <span>{option.text}</span>
            {chosen.has(option.id) ? <Badge>Your answer</Badge> : null}
            {correct.has(option.id) ? (
              <Badge className="bg-muted text-success">
                <span aria-hidden="true">✓&nbsp;</span>Correct answer
              </Badge>
            ) : null}
          </li>
        ))}
        {chosen.size === 0 ? <li className="text-sm text-muted-fg">You did not answer this question.</li> : null}
      </ul>
    );
  }
  const text = describeResponse(question, response);
  return (
    <div className="text-sm">
      <p className="font-medium">Your answer</p>
      {text === null ? (
        <p className="text-muted-fg">You did not answer this question.</p>
      ) : (
        <p className={question.type === "essay" ? "mt-1 whitespace-pre-line rounded-md border border-border p-3" : "mt-1"}>{text}</p>
      )}
    </div>
  );
}

function ScoreLine({ view }: { view: LearnerAttemptView }) {
  const { attempt } = view;
  const pending = view.slots.some((slot) => slot.pendingGrading);
  if (attempt.state === "abandoned") return <p>Time ran out before any answer was saved, so this attempt has no score.</p>;
  if (typeof attempt.score !== "number") {
    return <p>{pending ? "Awaiting your teacher's marking." : "Your score is not shown for this test yet."}</p>;
  }
  return (
    <div className="flex flex-col gap-1">
      <p className="text-3xl font-bold tabular-nums">{formatScore(attempt.score, attempt.maxScore)}</p>
      {pending ? <p className="text-sm">Provisional: awaiting your teacher&apos;s marking of the written answers.</p> : null}
    </div>
  );
}

/** The review of a finished attempt: only what the learner's view of it holds. */
export function AttemptReview({ view }: { view: LearnerAttemptView }) {
  const { attempt, test, course } = view;
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-6">
      <nav aria-label="Breadcrumb" className="text-sm text-muted-fg">
        <Link href="/classes" className="hover:underline">
          Your classes
        </Link>{" "}
        /{" "}
        <Link href={`/courses/${course.slug}`} className="hover:underline">
          {course.title}
        </Link>
      </nav>
      <header className="flex flex-col gap-2">
        <p className="text-sm text-muted-fg">Attempt {attempt.number} · review</p>
        <h1 className="text-3xl font-bold tracking-tight">{test.title}</h1>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          {attempt.submittedAt ? (
            <span>
              Submitted <LocalTime date={attempt.submittedAt} />
            </span>
          ) : null}
          {attempt.late ? <Badge className="bg-muted text-danger">Late</Badge> : null}
        </div>
        {attempt.closedBy === "deadline" ? <p className="text-sm font-medium">Submitted automatically when time ran out.</p> : null}
      </header>
      <Card aria-labelledby="score-heading" role="region" className="flex flex-col gap-2">
        <h2 id="score-heading" className="text-sm font-semibold uppercase tracking-wide text-muted-fg">
          Score
        </h2>
        <ScoreLine view={view} />
      </Card>
      <ol className="flex flex-col gap-4">
        {view.slots.map((slot, index) => (
          <li key={slot.slot}>
            <section aria-labelledby={`review-${slot.slot}`} className="flex flex-col gap-3 rounded-xl border border-border bg-card p-5 shadow-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`review-${slot.slot}`} className="text-lg font-semibold">
                  Question {index + 1}
                </h2>
                <p className="text-sm text-muted-fg">{formatMarks(slot.points)}</p>
              </div>
              <MarkdownHtml html={slot.question.stemHtml} />
              <YourAnswer slot={slot} />
              <SlotFeedback
                question={slot.question}
                points={slot.points}
                response={slot.response}
                review={slot.review}
                pendingGrading={slot.pendingGrading}
                hideCorrectAnswer={slot.question.type === "single_choice" || slot.question.type === "multiple_choice"}
              />
            </section>
          </li>
        ))}
      </ol>
    </article>
  );
}
