import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import type { User } from "@/drizzle/schema";
import { aiRateLimiters } from "@/features/ai/limits";
import { selectSearchableCourse } from "@/features/search/db";
import { SEARCH_QUERY_MAX, searchLessonChunks, type SearchResult } from "@/features/search/search";
import { AppError } from "@/lib/errors";
import { enforceRateLimit, rateLimitIdentity } from "@/lib/rate-limit";
import { getCurrentUser } from "@/services/auth/current-user";
import { SearchForm } from "./_components/search-form";
import { SearchResults } from "./_components/search-results";

export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: Promise<{ q?: string | string[]; course?: string | string[] }> };

type Outcome = { kind: "too_long" } | { kind: "refused"; message: string } | { kind: "found"; result: SearchResult };

function firstValue(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

async function runSearch(viewer: User | null, query: string, courseId: string | null): Promise<Outcome> {
  if (query.length > SEARCH_QUERY_MAX) return { kind: "too_long" };
  try {
    await enforceRateLimit(aiRateLimiters.search, rateLimitIdentity(viewer, await headers()));
  } catch (error) {
    if (error instanceof AppError && (error.code === "RATE_LIMITED" || error.code === "UNAVAILABLE")) return { kind: "refused", message: error.message };
    throw error;
  }
  return { kind: "found", result: await searchLessonChunks(viewer, query, { courseId, limit: 10 }) };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = firstValue(params.q);
  const courseSlug = firstValue(params.course);
  const viewer = await getCurrentUser();
  const course = courseSlug ? await selectSearchableCourse(viewer, courseSlug) : null;
  if (courseSlug && !course) notFound();
  const outcome = query ? await runSearch(viewer, query, course?.id ?? null) : null;
  const allCoursesHref = course && query.length <= SEARCH_QUERY_MAX ? `/search?q=${encodeURIComponent(query)}` : null;

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-3">
        {course ? (
          <p className="text-sm text-muted-fg">
            <Link href={`/courses/${course.slug}`} className="hover:underline">
              {course.title}
            </Link>
          </p>
        ) : null}
        <h1 className="text-3xl font-bold tracking-tight">{course ? `Search ${course.title}` : "Search lessons"}</h1>
        <SearchForm query={query} courseSlug={course?.slug ?? null} label={course ? "Search this course" : "Search all lessons"} />
      </header>
      {outcome === null ? (
        <p className="text-muted-fg">
          {course ? "Find the lessons of this course that explain a word or an idea." : `Find the lessons that explain a word or an idea, in every course ${viewer ? "you can see" : "open to everyone"}.`}
        </p>
      ) : outcome.kind === "too_long" ? (
        <Card>
          <p role="alert" className="text-danger">
            Your search is {query.length.toLocaleString("en")} characters long; the limit is {SEARCH_QUERY_MAX} characters. Shorten it to its key words and search again.
          </p>
        </Card>
      ) : outcome.kind === "refused" ? (
        <Card>
          <p role="alert" className="text-danger">
            {outcome.message}
          </p>
        </Card>
      ) : (
        <SearchResults query={query} result={outcome.result} allCoursesHref={allCoursesHref} />
      )}
    </div>
  );
}
