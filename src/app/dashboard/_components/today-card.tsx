import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { MasteryBadge } from "@/components/charts/mastery-badge";
import type { CourseProgress, ReadNextItem } from "@/features/analytics/db-learner";
import { DismissReadNext } from "./dismiss-read-next";

type Props = { dueToday: number; reviewedToday: number; streak: number; activeToday: boolean; courses: CourseProgress[]; readNext: ReadNextItem[] };

/** What to do today: the reviews that are due, the topic to practise next, the streak, and what to read. */
export function TodayCard({ dueToday, reviewedToday, streak, activeToday, courses, readNext }: Props) {
  const next = courses.find((course) => course.neediest) ?? null;
  return (
    <section aria-labelledby="today" className="grid gap-4 md:grid-cols-3">
      <h2 id="today" className="sr-only">
        Today
      </h2>
      <Card className="flex flex-col gap-2">
        <h3 className="text-sm font-medium text-muted-fg">Reviews due today</h3>
        <p className="text-3xl font-bold" data-testid="due-today">
          {dueToday}
        </p>
        <p className="text-sm text-muted-fg">{reviewedToday > 0 ? `${reviewedToday} reviewed today` : "Spaced review keeps what you learned."}</p>
        {dueToday > 0 ? (
          <Link href="/review" className={buttonClasses("primary", "self-start")}>
            Start review
          </Link>
        ) : (
          <Link href="/review" className="text-sm font-medium text-primary hover:underline">
            Open your reviews
          </Link>
        )}
      </Card>
      <Card className="flex flex-col gap-2">
        <h3 className="text-sm font-medium text-muted-fg">Practise next</h3>
        {next?.neediest ? (
          <>
            <p className="text-lg font-semibold">{next.neediest.name}</p>
            <p className="text-sm">
              <MasteryBadge level={next.neediest.level} /> <span className="text-muted-fg">{next.title}</span>
            </p>
            <div className="flex flex-wrap gap-2">
              <Link href={`/practice/${next.slug}?topic=need`} className={buttonClasses("primary")}>
                Practise
              </Link>
              {next.placement === "not_started" && next.answers === 0 ? (
                <Link href={`/practice/${next.slug}/placement`} className={buttonClasses("secondary")}>
                  Placement check
                </Link>
              ) : null}
            </div>
          </>
        ) : (
          <p className="text-sm">
            <Link href="/courses" className="font-medium text-primary hover:underline">
              Enrol in a course
            </Link>{" "}
            to practise.
          </p>
        )}
      </Card>
      <Card className="flex flex-col gap-2">
        <h3 className="text-sm font-medium text-muted-fg">Streak</h3>
        <p className="text-3xl font-bold">
          {streak} day{streak === 1 ? "" : "s"}
        </p>
        <p className="text-sm text-muted-fg">{activeToday ? "You have learned today — well done." : streak > 0 ? "Learn something today to keep it going." : "Practise or review today to start one."}</p>
      </Card>
      {readNext.length > 0 ? (
        <Card className="flex flex-col gap-2 md:col-span-3">
          <h3 className="font-semibold">Read next</h3>
          <ul className="flex flex-col gap-1 text-sm">
            {readNext.map((item) => (
              <li key={item.id}>
                <Link href={item.href} className="font-medium text-primary hover:underline">
                  {item.heading === item.lessonTitle ? item.lessonTitle : `${item.heading} — ${item.lessonTitle}`}
                </Link>{" "}
                <span className="text-muted-fg">· explains a question you missed ·</span>{" "}
                <DismissReadNext readNextId={item.id} label={item.heading} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </section>
  );
}
