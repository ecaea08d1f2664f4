import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { FigureValue } from "@/features/tests/components/figure-value";
import { formatPercent as formatFigure, typeLabel } from "@/features/tests/components/statistics-format";
import { stemPreview } from "@/features/tests/components/stem-preview";
import { cn } from "@/lib/cn";
import type { ReliabilityBand } from "../lib/item-review";
import type { ItemAnalysisRow, TestItemAnalysis } from "../teacher-types";
import { EmptyState } from "./analytics-section";

const RELIABILITY_WORDS: Record<ReliabilityBand, string> = {
  good: "good (above 75%)",
  adequate: "adequate (64–75%)",
  unsatisfactory: "unsatisfactory (below 64%)",
  unknown: "not available yet",
};

/** One block per assigned test: its reliability, then its questions with flagged ones marked and explained. */
export function ItemAnalysis({ tests }: { tests: TestItemAnalysis[] }) {
  if (tests.length === 0) return <EmptyState>No tests are assigned to this class yet.</EmptyState>;
  return (
    <div className="flex flex-col gap-8">
      {tests.map((test) => (
        <TestBlock key={test.testId} test={test} />
      ))}
    </div>
  );
}

function TestBlock({ test }: { test: TestItemAnalysis }) {
  const headingId = `items-${test.testId}`;
  const { summary } = test;
  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {test.title}
        </h3>
        <Link href={test.statisticsHref} className="text-sm text-primary underline-offset-2 hover:underline">
          Full statistics<span className="sr-only"> of {test.title}</span>
        </Link>
      </div>
      <p className="text-sm">
        {summary.attemptCount} {summary.attemptCount === 1 ? "learner" : "learners"} analysed (first graded attempts) · Reliability (CIC):{" "}
        <FigureValue value={summary.internalConsistency === null ? null : formatFigure(summary.internalConsistency)} note={summary.notes.internalConsistency} />{" "}
        {summary.internalConsistency === null ? null : <span className="text-muted-fg">— {RELIABILITY_WORDS[test.reliability]}</span>} ·{" "}
        <strong>
          {test.flaggedCount} of {test.items.length} questions flagged
        </strong>
      </p>
      {test.items.length === 0 ? <EmptyState>No graded attempts from this class yet, so there is nothing to analyse.</EmptyState> : <ItemTable test={test} />}
    </article>
  );
}

function ItemTable({ test }: { test: TestItemAnalysis }) {
  return (
    <div tabIndex={0} className="overflow-x-auto rounded-lg border border-border focus-visible:outline-2 focus-visible:outline-primary">
      <table className="w-full min-w-[48rem] border-collapse text-sm">
        <caption className="sr-only">
          Questions of {test.title}: facility and discrimination as percentages, and why a question is flagged for review.
        </caption>
        <thead className="bg-muted text-left">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              <span aria-hidden="true">#</span>
              <span className="sr-only">Position</span>
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Question
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Attempts
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Facility
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Discrimination
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Review
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {test.items.map((item) => (
            <ItemRow key={item.key} item={item} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ItemRow({ item }: { item: ItemAnalysisRow }) {
  const { review } = item;
  return (
    <tr className={cn("align-top", review.flagged && "bg-accent/40")}>
      <td className="px-3 py-2 tabular-nums">{item.position}</td>
      <th scope="row" className="max-w-sm px-3 py-2 text-left font-normal">
        {stemPreview(item.stem, 100)}
        <span className="block text-xs text-muted-fg">{typeLabel(item.type)}</span>
      </th>
      <td className="px-3 py-2 text-right tabular-nums">{item.attemptCount}</td>
      <td className="px-3 py-2 text-right tabular-nums">
        <FigureValue value={item.facility === null ? null : formatFigure(item.facility)} note={item.notes.facility} />
      </td>
      <td className="px-3 py-2 text-right tabular-nums">
        <FigureValue value={item.discriminationIndex === null ? null : formatFigure(item.discriminationIndex)} note={item.notes.discriminationIndex} />
      </td>
      <td className="px-3 py-2">
        {review.flagged ? (
          <ul className="flex flex-col gap-1.5">
            {review.reasons.map((reason) => (
              <li key={reason.code} className="flex flex-col items-start gap-0.5">
                <Badge className="gap-1 bg-danger/10 text-danger">
                  <span aria-hidden="true">⚑</span>
                  <span className="sr-only">Flagged: </span>
                  {reason.label}
                </Badge>
                <span className="text-xs text-muted-fg">{reason.detail}</span>
              </li>
            ))}
            {review.tentative ? <li className="text-xs italic text-muted-fg">Few attempts so far: treat this as a hint.</li> : null}
          </ul>
        ) : (
          <span className="text-muted-fg">No concerns</span>
        )}
      </td>
    </tr>
  );
}
