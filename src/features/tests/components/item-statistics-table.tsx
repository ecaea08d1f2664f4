import { Badge } from "@/components/ui/badge";
import { FigureValue } from "./figure-value";
import { formatPercent, ITEM_FIGURES, typeLabel, type ItemStatisticsRow } from "./statistics-format";
import { stemPreview } from "./stem-preview";

const FLAG_LABELS: Record<string, string> = {
  too_hard: "Too hard",
  too_easy: "Too easy",
  negative_discrimination: "Negative discrimination",
  weak_discrimination: "Weak discrimination",
  low_efficiency: "Low efficiency",
};

/** One row per question: its figures (percentages) and flags, each flag named and explained in text. */
export function ItemStatisticsTable({ items }: { items: ItemStatisticsRow[] }) {
  if (items.length === 0) return <p className="text-sm text-muted-fg">No graded attempts yet, so there is nothing to analyse.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-border">
      <table className="w-full min-w-[56rem] border-collapse text-sm">
        <caption className="sr-only">Statistics per question. Figures are percentages; a dash means the figure is not available, with the reason.</caption>
        <thead className="bg-muted text-left">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              <span aria-hidden="true">#</span>
              <span className="sr-only">Position</span>
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Question
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Type
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Attempts
            </th>
            {ITEM_FIGURES.map((figure) => (
              <th key={figure.key} scope="col" className="px-3 py-2 text-right font-semibold">
                <abbr title={figure.description} className="no-underline">
                  {figure.label}
                </abbr>
              </th>
            ))}
            <th scope="col" className="px-3 py-2 font-semibold">
              Flags
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {items.map((item) => (
            <tr key={item.key} className="align-top">
              <td className="px-3 py-2 tabular-nums">{item.position}</td>
              <th scope="row" className="max-w-xs px-3 py-2 text-left font-normal">
                {stemPreview(item.stem, 100)}
              </th>
              <td className="px-3 py-2">{typeLabel(item.type)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{item.attemptCount}</td>
              {ITEM_FIGURES.map((figure) => {
                const value = item[figure.key];
                return (
                  <td key={figure.key} className="px-3 py-2 text-right tabular-nums">
                    <FigureValue value={value === null ? null : formatPercent(value)} note={item.notes[figure.key]} />
                  </td>
                );
              })}
              <td className="px-3 py-2">
                {item.flags.length === 0 ? (
                  <span className="text-muted-fg">None</span>
                ) : (
                  <ul className="flex flex-col gap-1">
                    {item.flags.map((flag) => (
                      <li key={flag.code} className="flex flex-col items-start gap-0.5">
                        <Badge>{FLAG_LABELS[flag.code] ?? flag.code}</Badge>
                        <span className="text-xs text-muted-fg">{flag.message}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
