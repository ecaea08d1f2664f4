import Form from "next/form";
import { buttonClasses } from "@/components/ui/button";

type Props = { query: string; courseSlug: string | null; label: string };

/** A GET form to /search; a course search keeps its course as a hidden field. */
export function SearchForm({ query, courseSlug, label }: Props) {
  return (
    <Form action="/search" role="search" aria-label={label} className="flex flex-wrap items-end gap-2">
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <label htmlFor="search-query" className="text-sm font-medium">
          {label}
        </label>
        <input
          id="search-query"
          name="q"
          type="search"
          defaultValue={query}
          aria-describedby="search-query-hint"
          className="min-h-10 w-full rounded-md border border-border bg-bg px-3 py-2 text-sm"
        />
      </div>
      {courseSlug ? <input type="hidden" name="course" value={courseSlug} /> : null}
      <button type="submit" className={buttonClasses("primary")}>
        Search
      </button>
      <p id="search-query-hint" className="w-full text-xs text-muted-fg">
        Put &quot;quotes&quot; around a phrase and a minus before a word to leave it out, like -median.
      </p>
    </Form>
  );
}
