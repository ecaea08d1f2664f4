import Link from "next/link";
import { QUESTION_TYPES, type QuestionType } from "@/drizzle/schema/enum-values";
import { bankHref, type BankFilter } from "@/features/questions/components/bank-filters";
import { QUESTION_TYPE_LABELS } from "@/features/questions/schemas";

/** How many questions of each type the current topic/archive filter holds; each count filters by its type. */
export function TypeCounts({ courseId, filter, counts }: { courseId: string; filter: BankFilter; counts: Record<QuestionType, number> }) {
  return (
    <ul aria-label="Questions by type" className="flex flex-wrap gap-2 text-sm">
      {QUESTION_TYPES.map((type) => {
        const current = filter.type === type;
        return (
          <li key={type}>
            <Link
              href={bankHref(courseId, { ...filter, type: current ? undefined : type })}
              aria-current={current ? "true" : undefined}
              className={`inline-flex min-h-8 items-center gap-1 rounded-full border px-3 py-1 hover:bg-muted ${current ? "border-2 border-primary font-semibold" : "border-border"}`}
            >
              {QUESTION_TYPE_LABELS[type]}: {counts[type]}
              {current ? <span className="sr-only"> (filtered; select to show all types)</span> : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
