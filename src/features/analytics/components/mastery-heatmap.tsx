import { useId } from "react";
import { formatPercent } from "@/components/charts/chart-text";
import { MASTERY_LABELS, MASTERY_SYMBOLS } from "@/components/charts/mastery-labels";
import type { MasteryLevel } from "@/features/practice/lib/elo";
import { cn } from "@/lib/cn";
import type { ClassHeatmap } from "../teacher-types";

// Each level has its own fill with a text colour that keeps 4.5:1 on it (light and dark), and
// its symbol and name are in the cell too, so the level never depends on colour alone.
const LEVEL_CELL: Record<MasteryLevel, string> = {
  not_started: "bg-card text-muted-fg",
  attempted: "bg-muted text-fg",
  familiar: "bg-accent text-accent-fg",
  proficient: "bg-primary text-primary-fg",
  mastered: "bg-success text-bg",
};

const LEGEND_LEVELS: MasteryLevel[] = ["attempted", "familiar", "proficient", "mastered"];

/** Learners × topics as a table: the table is its own text alternative; colour, symbol and words all carry the level. */
export function MasteryHeatmap({ heatmap }: { heatmap: ClassHeatmap }) {
  return (
    <div className="flex flex-col gap-3">
      <HeatmapLegend />
      <div tabIndex={0} className="overflow-x-auto rounded-lg border border-border focus-visible:outline-2 focus-visible:outline-primary">
        <table className="border-collapse text-sm">
          <caption className="px-3 py-2 text-left text-xs text-muted-fg">
            Mastery of each learner in {heatmap.class.name} by topic: the level and the predicted chance of answering an average question of the topic. A dash means no practice yet.
          </caption>
          <thead className="bg-muted text-left align-bottom">
            <tr>
              <th scope="col" className="sticky left-0 z-10 bg-muted px-3 py-2 font-semibold">
                Learner
              </th>
              {heatmap.topics.map((topic) => (
                <th key={topic.id} scope="col" className="min-w-[6.5rem] px-2 py-2 text-xs font-semibold">
                  {topic.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {heatmap.rows.map((row) => (
              <tr key={row.learner.id}>
                <th scope="row" className="sticky left-0 z-10 bg-card px-3 py-2 text-left font-medium whitespace-nowrap">
                  {row.learner.name}
                </th>
                {row.cells.map((cell, column) =>
                  cell ? (
                    <td
                      key={heatmap.topics[column]!.id}
                      title={`${MASTERY_LABELS[cell.level]} · ${formatPercent(cell.chance)} · ${cell.answers} answers`}
                      className={cn("border-l border-border px-2 py-2 text-center tabular-nums whitespace-nowrap", LEVEL_CELL[cell.level])}
                    >
                      <span aria-hidden="true">{MASTERY_SYMBOLS[cell.level]} </span>
                      <span className="sr-only">{MASTERY_LABELS[cell.level]}, </span>
                      {formatPercent(cell.chance)}
                      <span className="sr-only">, {cell.answers} answers</span>
                    </td>
                  ) : (
                    <td key={heatmap.topics[column]!.id} className="border-l border-border px-2 py-2 text-center text-muted-fg">
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">No practice yet</span>
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-border bg-muted">
            <tr>
              <th scope="row" className="sticky left-0 z-10 bg-muted px-3 py-2 text-left font-semibold">
                Class average
              </th>
              {heatmap.averages.map((average) => (
                <td key={average.topicId} className="border-l border-border px-2 py-2 text-center tabular-nums">
                  {average.chance === null ? (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">No practice yet</span>
                    </>
                  ) : (
                    <>
                      <span className="font-semibold">{formatPercent(average.chance)}</span>
                      <span className="block text-xs text-muted-fg">
                        {average.learnersWithEvidence} of {heatmap.rows.length}
                        <span className="sr-only"> learners practised it</span>
                      </span>
                    </>
                  )}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}

function HeatmapLegend() {
  const labelId = `${useId()}legend`;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <span className="font-medium" id={labelId}>
        Legend:
      </span>
      <ul aria-labelledby={labelId} className="flex flex-wrap gap-x-4 gap-y-2">
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-flex h-6 w-8 items-center justify-center rounded border border-border bg-card text-muted-fg">
            —
          </span>
          No practice yet
        </li>
        {LEGEND_LEVELS.map((level) => (
          <li key={level} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={cn("inline-flex h-6 w-8 items-center justify-center rounded border border-border", LEVEL_CELL[level])}>
              {MASTERY_SYMBOLS[level]}
            </span>
            {MASTERY_LABELS[level]}
          </li>
        ))}
      </ul>
    </div>
  );
}
