import Link from "next/link";
import { LocalTime } from "@/features/classes/components/local-time";
import { formatWaiting } from "../lib/format";
import type { BacklogEntry } from "../teacher-types";
import { EmptyState } from "./analytics-section";

/** Attempts waiting for the teacher, oldest first, each with a link straight to its answer in the grading queue. */
export function GradingBacklogTable({ entries }: { entries: BacklogEntry[] }) {
  if (entries.length === 0) return <EmptyState>All caught up: no attempt from this class is waiting for you.</EmptyState>;
  return (
    <div tabIndex={0} className="overflow-x-auto rounded-lg border border-border focus-visible:outline-2 focus-visible:outline-primary">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="sr-only">Attempts waiting for grading, oldest submission first.</caption>
        <thead className="bg-muted text-left">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              Learner
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Test
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Submitted
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Waiting
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Answers to grade
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              <span className="sr-only">Action</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {entries.map((entry) => (
            <tr key={entry.attemptId}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {entry.learner.name}
              </th>
              <td className="px-3 py-2">{entry.test.title}</td>
              <td className="px-3 py-2 whitespace-nowrap">{entry.submittedAt ? <LocalTime iso={entry.submittedAt.toISOString()} /> : "No time recorded"}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatWaiting(entry.waitingMs)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{entry.answersWaiting}</td>
              <td className="px-3 py-2">
                <Link href={entry.gradeHref} className="text-primary underline-offset-2 hover:underline">
                  Grade<span className="sr-only"> {entry.learner.name}&apos;s {entry.test.title}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
