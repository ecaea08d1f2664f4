import type { FeatureUsage, UserUsage } from "@/features/admin/db-ai";
import { formatCount, formatUsd, type UsageTotals } from "@/features/admin/lib/usage";

const HEAD = "px-3 py-2 font-semibold";
const NUMERIC_HEAD = "px-3 py-2 text-right font-semibold";
const CELL = "px-3 py-2";
const NUMERIC = "px-3 py-2 text-right tabular-nums";

const FEATURE_LABELS: Record<FeatureUsage["feature"], string> = {
  tutor: "Tutor",
  question_generation: "Question generation",
  course_outline: "Course outlines",
  grading: "Grading",
  transcription: "Transcription",
  embedding: "Search embeddings",
};

function MeasureHeads() {
  return (
    <>
      <th scope="col" className={NUMERIC_HEAD}>Calls</th>
      <th scope="col" className={NUMERIC_HEAD}>Input tokens</th>
      <th scope="col" className={NUMERIC_HEAD}>Output tokens</th>
      <th scope="col" className={NUMERIC_HEAD}>Cost (USD)</th>
      <th scope="col" className={NUMERIC_HEAD}>Failed</th>
      <th scope="col" className={NUMERIC_HEAD}>Invalid output</th>
    </>
  );
}

function MeasureCells({ row }: { row: UsageTotals }) {
  return (
    <>
      <td className={NUMERIC}>{formatCount(row.calls)}</td>
      <td className={NUMERIC}>{formatCount(row.inputTokens)}</td>
      <td className={NUMERIC}>{formatCount(row.outputTokens)}</td>
      <td className={NUMERIC}>{formatUsd(row.costMicros)}</td>
      <td className={NUMERIC}>{formatCount(row.failed)}</td>
      <td className={NUMERIC}>{formatCount(row.invalid)}</td>
    </>
  );
}

export function FeatureUsageTable({ rows }: { rows: FeatureUsage[] }) {
  return (
    <div tabIndex={0} className="overflow-x-auto rounded-lg border border-border focus-visible:outline-2 focus-visible:outline-primary">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">AI usage by feature</caption>
        <thead className="bg-muted text-left">
          <tr>
            <th scope="col" className={HEAD}>Feature</th>
            <MeasureHeads />
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {rows.map((row) => (
            <tr key={row.feature}>
              <th scope="row" className={`${CELL} text-left font-medium`}>
                {FEATURE_LABELS[row.feature]}
              </th>
              <MeasureCells row={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function UserUsageTable({ rows }: { rows: UserUsage[] }) {
  return (
    <div tabIndex={0} className="overflow-x-auto rounded-lg border border-border focus-visible:outline-2 focus-visible:outline-primary">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">AI usage by user</caption>
        <thead className="bg-muted text-left">
          <tr>
            <th scope="col" className={HEAD}>User</th>
            <MeasureHeads />
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {rows.map((row) => (
            <tr key={row.userId ?? "none"}>
              <th scope="row" className={`${CELL} text-left font-medium`}>
                {row.userId ? (
                  <>
                    {row.name ?? "Deleted user"}
                    {row.email ? <span className="block text-xs font-normal text-muted-fg">{row.email}</span> : null}
                  </>
                ) : (
                  <span className="text-muted-fg">No user (background jobs, deleted accounts)</span>
                )}
              </th>
              <MeasureCells row={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
