import Link from "next/link";
import { QUESTION_TYPES, type QuestionType } from "@/drizzle/schema/enum-values";
import { buttonClasses } from "@/components/ui/button";
import { bankHref, type BankFilter } from "@/features/questions/components/bank-filters";
import { QUESTION_TYPE_LABELS } from "@/features/questions/schemas";

const selectClasses = "min-h-10 rounded-md border border-border bg-bg px-3 py-2 text-sm";

/** A GET form, so filters live in the address, work without JavaScript and survive a reload. */
export function BankFiltersForm({ courseId, filter, topics, counts }: { courseId: string; filter: BankFilter; topics: { slug: string; name: string }[]; counts: Record<QuestionType, number> }) {
  const filtered = Boolean(filter.topic || filter.type || filter.archived);
  return (
    <form key={bankHref(courseId, filter)} method="get" action={bankHref(courseId, { archived: false })} aria-label="Filter questions" className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="bank-topic" className="text-sm font-medium">
          Topic
        </label>
        <select id="bank-topic" name="topic" defaultValue={filter.topic ?? ""} className={selectClasses}>
          <option value="">All topics</option>
          {topics.map((topic) => (
            <option key={topic.slug} value={topic.slug}>
              {topic.name}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="bank-type" className="text-sm font-medium">
          Type
        </label>
        <select id="bank-type" name="type" defaultValue={filter.type ?? ""} className={selectClasses}>
          <option value="">All types</option>
          {QUESTION_TYPES.map((type) => (
            <option key={type} value={type}>
              {QUESTION_TYPE_LABELS[type]} ({counts[type]})
            </option>
          ))}
        </select>
      </div>
      <label className="flex min-h-10 items-center gap-2 text-sm">
        <input type="checkbox" name="archived" value="1" defaultChecked={filter.archived} />
        Show archived questions
      </label>
      <button type="submit" className={buttonClasses("secondary")}>
        Apply filters
      </button>
      {filtered ? (
        <Link href={bankHref(courseId, { archived: false })} className={buttonClasses("ghost")}>
          Clear filters
        </Link>
      ) : null}
    </form>
  );
}
