import type { TestStatistics } from "@/features/tests/lib/statistics";
import { FigureValue } from "./figure-value";
import { summaryFigures } from "./statistics-format";

/** The test's summary figures as a description list, each with what it means. */
export function StatisticsSummary({ summary }: { summary: TestStatistics }) {
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <div className="rounded-lg border border-border bg-card p-4">
        <dt className="text-sm text-muted-fg">Attempts analysed</dt>
        <dd className="text-2xl font-semibold">{summary.attemptCount}</dd>
      </div>
      {summaryFigures(summary).map((figure) => (
        <div key={figure.label} className="rounded-lg border border-border bg-card p-4">
          <dt className="text-sm text-muted-fg">{figure.label}</dt>
          <dd className="text-2xl font-semibold">
            <FigureValue value={figure.value} note={figure.note} />
          </dd>
          <dd className="mt-1 text-xs text-muted-fg">{figure.description}</dd>
        </div>
      ))}
    </dl>
  );
}
