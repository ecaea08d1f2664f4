import type { Metadata } from "next";
import Link from "next/link";
import { selectGradingQueue } from "@/features/attempts/db-grading";
import { selectClassOverview, selectGradingQueueTests } from "@/features/classes/db-teacher";
import { LocalTime } from "@/features/classes/components/local-time";
import { orNotFound, requireTeacherPage } from "@/features/classes/components/teacher-page";
import { LessonMarkdown } from "@/features/courses/components/lesson-markdown";
import { selectAiGradesForAttempts } from "@/features/ai-grading/db";
import { formatGradeFeedback } from "@/features/ai-grading/lib/grade-output";
import { isAiConfigured } from "@/services/openai/config";
import { AiGradingSection } from "./_components/ai-suggestion";
import { GradingPanel } from "./_components/grading-panel";
import { responseText } from "./_components/response-text";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Grading queue" };

const one = (value: string | string[] | undefined) => (typeof value === "string" && value !== "" ? value : undefined);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export default async function GradingQueuePage({ searchParams }: Props) {
  const query = await searchParams;
  const [testId, classId, attemptId, slot] = [one(query.testId), one(query.classId), one(query.attempt), one(query.slot)];
  const filter = new URLSearchParams(Object.entries({ testId, classId }).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const here = `/teach/grading${filter.size > 0 ? `?${filter}` : ""}`;
  const user = await requireTeacherPage(here, [testId, classId].filter((id): id is string => id !== undefined));

  const [queue, tests, overview] = await Promise.all([
    selectGradingQueue(user, { testId, classId }),
    selectGradingQueueTests(user),
    classId ? orNotFound(selectClassOverview(user, classId)) : null,
  ]);
  // The class filter is applied in the query: attempts made through that class's assignments.
  const rows = queue;
  const current = rows.find((row) => row.attemptId === attemptId && String(row.slot) === slot) ?? rows[0];
  const aiGrades = await selectAiGradesForAttempts(user, [...new Set(rows.map((row) => row.attemptId))]);
  const aiGrade = current ? aiGrades.get(`${current.attemptId}:${current.slot}`) : undefined;
  const testTitle = testId ? tests.find((test) => test.testId === testId)?.title : undefined;

  const linkTo = (row: { attemptId: string; slot: number }) => {
    const params = new URLSearchParams(filter);
    params.set("attempt", row.attemptId);
    params.set("slot", String(row.slot));
    return `/teach/grading?${params}`;
  };

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <nav aria-label="Breadcrumb" className="text-sm text-muted-fg">
          <Link href="/teach" className="hover:underline">
            Teach
          </Link>{" "}
          / Grading queue
        </nav>
        <h1 className="text-3xl font-bold tracking-tight">Grading queue</h1>
        <p className="text-lg font-medium">
          {plural(rows.length, "answer")} waiting
          {overview ? ` from ${overview.class.name}` : testId ? ` in ${testTitle ?? "this test"}` : ""}.
        </p>
        {testId || classId ? (
          <p>
            <Link href="/teach/grading" className="text-sm underline">
              Show every test
            </Link>
          </p>
        ) : tests.length > 1 ? (
          <nav aria-label="Filter by test" className="flex flex-wrap gap-2 text-sm">
            {tests.map((test) => (
              <Link key={test.testId} href={`/teach/grading?testId=${test.testId}`} className="rounded-md border border-border px-3 py-1 hover:bg-muted">
                {test.title} ({test.waiting})
              </Link>
            ))}
          </nav>
        ) : null}
      </header>

      {current ? (
        <div className="grid gap-8 lg:grid-cols-[3fr_1fr]">
          <section aria-label="Answer to grade">
            <GradingPanel
              item={{ attemptId: current.attemptId, slot: current.slot, points: current.points, learnerName: current.learnerName }}
              heading={`${current.learnerName} — ${current.testTitle}, question ${current.slot}`}
              suggestion={aiGrade ? { score: aiGrade.score, feedback: formatGradeFeedback(aiGrade).slice(0, 5_000) } : undefined}
            >
              <p className="text-sm text-muted-fg">
                Submitted {current.submittedAt ? <LocalTime iso={current.submittedAt.toISOString()} /> : "(no time recorded)"} · worth {plural(current.points, "mark")}
              </p>
              <div className="flex flex-col gap-2">
                <h3 className="font-semibold">Question</h3>
                <LessonMarkdown markdown={current.body.stem} />
              </div>
              {current.body.type === "essay" ? (
                <div className="flex flex-col gap-2">
                  <h3 className="font-semibold">Rubric</h3>
                  <ul className="flex flex-col gap-2">
                    {current.body.rubric.map((criterion, index) => (
                      <li key={index} className="rounded-md border border-border p-3 text-sm">
                        <p className="font-medium">
                          {criterion.criterion} — {plural(criterion.points, "point")}
                        </p>
                        {criterion.description ? <p className="text-muted-fg">{criterion.description}</p> : null}
                      </li>
                    ))}
                  </ul>
                  <RubricScale rubricPoints={current.body.rubric.reduce((sum, criterion) => sum + criterion.points, 0)} marks={current.points} />
                </div>
              ) : null}
              {current.body.type === "short_text" ? (
                <div className="flex flex-col gap-2">
                  <h3 className="font-semibold">Accepted answers</h3>
                  <p className="text-sm">{current.body.acceptedAnswers.join(" · ")}</p>
                  <p className="text-sm text-muted-fg">
                    The exact match marked this answer wrong; the AI thinks it may mean the same. Your mark replaces the automatic one.
                  </p>
                </div>
              ) : null}
              <div className="flex flex-col gap-2">
                <h3 className="font-semibold">{current.learnerName}&apos;s answer</h3>
                <LearnerAnswer text={responseText(current.response)} />
              </div>
              {current.body.type === "essay" || aiGrade ? (
                <AiGradingSection attemptId={current.attemptId} learnerName={current.learnerName} grade={aiGrade} aiEnabled={isAiConfigured()} />
              ) : null}
            </GradingPanel>
          </section>
          <aside aria-labelledby="also-waiting" className="flex flex-col gap-3">
            <h2 id="also-waiting" className="text-lg font-semibold">
              Also waiting
            </h2>
            {rows.length <= 1 ? (
              <p className="text-sm text-muted-fg">Nothing else.</p>
            ) : (
              <ol className="flex flex-col gap-2 text-sm">
                {rows
                  .filter((row) => row !== current)
                  .map((row) => (
                    <li key={`${row.attemptId}:${row.slot}`}>
                      <Link href={linkTo(row)} className="underline">
                        {row.learnerName}, question {row.slot}
                      </Link>
                      <span className="block text-xs text-muted-fg">
                        {row.testTitle}
                        {aiGrades.has(`${row.attemptId}:${row.slot}`) ? " · AI suggestion ready" : ""}
                      </span>
                    </li>
                  ))}
              </ol>
            )}
          </aside>
        </div>
      ) : (
        <p role="status" className="rounded-lg border border-border bg-card p-6">
          All caught up: nothing is waiting to be graded{overview || testId ? " here" : ""}.
        </p>
      )}
    </div>
  );
}

function RubricScale({ rubricPoints, marks }: { rubricPoints: number; marks: number }) {
  if (rubricPoints === marks) return null;
  return (
    <p className="text-sm text-muted-fg">
      The rubric totals {plural(rubricPoints, "point")}; in this test the answer is worth {plural(marks, "mark")}, so scale your mark to 0–{marks}.
    </p>
  );
}

/** Untrusted text: rendered as text (React escapes it), line breaks kept, never as HTML or Markdown. */
function LearnerAnswer({ text }: { text: string | null }) {
  if (text === null || text.trim() === "") return <p className="text-sm italic text-muted-fg">No answer was given.</p>;
  return <div className="rounded-md border border-border bg-muted p-4 text-sm whitespace-pre-wrap break-words">{text}</div>;
}
