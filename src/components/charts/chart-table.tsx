import type { ReactNode } from "react";

export type ChartColumn = { label: string; numeric?: boolean };

export const CELL_CLASS = "px-3 py-2";
export const NUMERIC_CELL_CLASS = "px-3 py-2 text-right tabular-nums";

/** The table a chart's data is repeated in; rows come from the chart, headers and styling from here. */
export function ChartTable({ caption, columns, children }: { caption: string; columns: ChartColumn[]; children: ReactNode }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-muted text-left">
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col" className={`${column.numeric ? NUMERIC_CELL_CLASS : CELL_CLASS} font-semibold`}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-border">{children}</tbody>
    </table>
  );
}
