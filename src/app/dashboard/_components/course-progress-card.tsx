import Link from "next/link";
import { Card } from "@/components/ui/card";
import { MasteryChart } from "@/components/charts/mastery-chart";
import type { CourseProgress } from "@/features/analytics/db-learner";
import { formatPercent } from "@/components/charts/chart-text";

/** One course: readiness (the model's predicted score on the whole question bank) and mastery by topic. */
export function CourseProgressCard({ course }: { course: CourseProgress }) {
  return (
    <Card className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-lg font-semibold">
          <Link href={`/courses/${course.slug}`} className="hover:underline">
            {course.title}
          </Link>
        </h3>
        <p className="text-sm" data-testid={`readiness-${course.slug}`}>
          {course.readiness === null ? (
            <span className="text-muted-fg">Readiness appears after your first answers</span>
          ) : (
            <>
              Readiness: <strong>{formatPercent(course.readiness)}</strong>{" "}
              <span className="text-muted-fg">predicted score on the course&apos;s {course.topics.length}-topic question bank</span>
            </>
          )}
        </p>
      </div>
      <MasteryChart
        title={`Mastery by topic — ${course.title}`}
        topics={course.topics.map((topic) => ({
          name: topic.name,
          level: topic.level,
          chance: topic.chance,
          answers: topic.answers,
          href: `/practice/${course.slug}?topic=${topic.slug}`,
        }))}
      />
    </Card>
  );
}
