import { Badge } from "@/components/ui/badge";
import { formatPercent } from "@/components/charts/chart-text";
import { LocalTime } from "@/features/classes/components/local-time";
import type { LearnerRisk } from "../teacher-types";
import { EmptyState } from "./analytics-section";

/** The learners with at least one reason, each reason named and explained; the others are counted, not listed. */
export function LearnersAtRiskTable({ learners }: { learners: LearnerRisk[] }) {
  if (learners.length === 0) return <EmptyState>No learners have joined this class yet.</EmptyState>;
  const atRisk = learners.filter((entry) => entry.reasons.length > 0);
  const fine = learners.length - atRisk.length;
  if (atRisk.length === 0) return <EmptyState>No learner shows a warning sign right now.</EmptyState>;
  return (
    <div className="flex flex-col gap-2">
      <div tabIndex={0} className="overflow-x-auto rounded-lg border border-border focus-visible:outline-2 focus-visible:outline-primary">
        <table className="w-full min-w-[40rem] border-collapse text-sm">
          <caption className="sr-only">Learners who may need attention, with the reasons.</caption>
          <thead className="bg-muted text-left">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">
                Learner
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                Reasons
              </th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                Average mastery
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">
                Last active
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {atRisk.map((entry) => (
              <tr key={entry.learner.id} className="align-top">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {entry.learner.name}
                  <span className="block text-xs font-normal text-muted-fg">{entry.learner.email}</span>
                </th>
                <td className="px-3 py-2">
                  <ul className="flex flex-col gap-1.5">
                    {entry.reasons.map((reason) => (
                      <li key={reason.code} className="flex flex-col items-start gap-0.5">
                        <Badge className="bg-danger/10 text-danger">{reason.label}</Badge>
                        <span className="text-xs text-muted-fg">{reason.detail}</span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {entry.mastery.averageChance === null ? (
                    <span className="text-muted-fg">No practice</span>
                  ) : (
                    <>
                      {formatPercent(entry.mastery.averageChance)}
                      <span className="block text-xs text-muted-fg">{entry.mastery.answers} answers</span>
                    </>
                  )}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{entry.lastActiveAt ? <LocalTime iso={entry.lastActiveAt.toISOString()} format="date" /> : <span className="text-muted-fg">Never</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {fine > 0 ? (
        <p className="text-sm text-muted-fg">
          {fine} other {fine === 1 ? "learner shows" : "learners show"} no warning sign (the CSV lists everyone).
        </p>
      ) : null}
    </div>
  );
}
