import Form from "next/form";
import { buttonClasses } from "@/components/ui/button";
import type { DayRange } from "@/features/admin/schemas";

/** A GET form for the report's range; a refused range is explained and the default shown instead. */
export function RangeForm({ range, error }: { range: DayRange; error: string | null }) {
  const field = "min-h-10 rounded-md border border-border bg-bg px-3 py-2 text-sm";
  return (
    <Form action="/admin/ai" aria-label="Date range" className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="range-from" className="text-sm font-medium">
          From (UTC)
        </label>
        <input id="range-from" name="from" type="date" defaultValue={range.from} aria-describedby={error ? "range-error" : undefined} className={field} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="range-to" className="text-sm font-medium">
          To (UTC)
        </label>
        <input id="range-to" name="to" type="date" defaultValue={range.to} aria-describedby={error ? "range-error" : undefined} className={field} />
      </div>
      <button type="submit" className={buttonClasses("primary")}>
        Show
      </button>
      {error ? (
        <p id="range-error" role="alert" className="w-full text-sm text-danger">
          {error} Showing the last 30 days instead.
        </p>
      ) : null}
    </Form>
  );
}
