import Form from "next/form";
import { buttonClasses } from "@/components/ui/button";

/** Searches this course's lessons: a GET form to /search with the course kept as a hidden field. */
export function CourseSearchForm({ courseSlug }: { courseSlug: string }) {
  return (
    <Form action="/search" role="search" aria-label="This course" className="flex flex-col gap-2">
      <label htmlFor="course-search-query" className="font-semibold">
        Search this course
      </label>
      <div className="flex gap-2">
        <input id="course-search-query" name="q" type="search" className="min-h-10 min-w-0 flex-1 rounded-md border border-border bg-bg px-3 py-2 text-sm" />
        <input type="hidden" name="course" value={courseSlug} />
        <button type="submit" className={buttonClasses("secondary")}>
          Search
        </button>
      </div>
    </Form>
  );
}
