import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { ChunkDetail } from "@/features/search/db";
import { splitHighlights } from "@/features/search/lib/highlight";
import type { SearchResult } from "@/features/search/search";

const MODE_LABELS: Record<SearchResult["mode"], string> = { full_text: "Full-text search", hybrid: "Full-text and semantic search" };

/** "Lesson — Heading", or just the lesson title for its introduction (whose heading is the title). */
function resultTitle(result: ChunkDetail): string {
  const heading = result.heading.trim();
  return heading === "" || heading === result.lessonTitle ? result.lessonTitle : `${result.lessonTitle} — ${heading}`;
}

/** The matched words marked as text, never as HTML: lesson text cannot inject markup. */
function Excerpt({ result }: { result: ChunkDetail }) {
  const segments = splitHighlights(result.headline || result.content.slice(0, 240));
  return (
    <p className="text-sm">
      {segments.map((segment, index) =>
        segment.hit ? (
          <mark key={index} className="rounded-sm bg-accent px-0.5 font-semibold text-accent-fg">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </p>
  );
}

export function SearchResults({ query, result, allCoursesHref }: { query: string; result: SearchResult; allCoursesHref: string | null }) {
  const count = result.results.length;
  return (
    <section aria-labelledby="search-results-heading" className="flex flex-col gap-3">
      <h2 id="search-results-heading" className="text-xl font-semibold">
        Results
      </h2>
      <p role="status" className="text-sm text-muted-fg">
        {count} result{count === 1 ? "" : "s"} for “{query}” · {MODE_LABELS[result.mode]}
      </p>
      {count === 0 ? (
        <Card className="flex flex-col gap-2">
          <p>No lesson matches “{query}”.</p>
          <p className="text-sm text-muted-fg">Try fewer words, another word for the same idea, or check the spelling.</p>
          {allCoursesHref ? (
            <Link href={allCoursesHref} className="self-start text-sm font-medium text-primary hover:underline">
              Search all courses instead
            </Link>
          ) : null}
        </Card>
      ) : (
        <ol className="flex flex-col gap-3">
          {result.results.map((found) => (
            <li key={found.id}>
              <Card className="flex flex-col gap-1">
                <h3 className="font-semibold">
                  <Link href={`/courses/${found.courseSlug}/lessons/${found.lessonSlug}${found.anchor ? `#${found.anchor}` : ""}`} className="text-primary hover:underline">
                    {resultTitle(found)}
                  </Link>
                </h3>
                <p className="text-sm text-muted-fg">{found.courseTitle}</p>
                <Excerpt result={found} />
              </Card>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
