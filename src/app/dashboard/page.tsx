import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ForecastChart } from "@/components/charts/forecast-chart";
import { selectCourseProgress, selectLearnerActivity, selectReadNext } from "@/features/analytics/db-learner";
import { selectDueSoon } from "@/features/classes/db-learner";
import { selectReviewSummary } from "@/features/review/db";
import { TimeZoneSync } from "@/features/review/components/time-zone-sync";
import { requestNow } from "@/lib/clock";
import { getCurrentUser } from "@/services/auth/current-user";
import { CourseProgressCard } from "./_components/course-progress-card";
import { DueSoonCard } from "./_components/due-soon-card";
import { RecentActivity } from "./_components/recent-activity";
import { TodayCard } from "./_components/today-card";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/dashboard");
  const now = await requestNow();
  const review = await selectReviewSummary(user, now);
  const [courses, dueSoon, activity, readNext] = await Promise.all([
    selectCourseProgress(user),
    selectDueSoon(user, new Date()),
    selectLearnerActivity(user, now, review.timeZone),
    selectReadNext(user),
  ]);
  // Times render in the zone the browser reported, so hydration does not repaint them.
  const viewer = review.timeZoneSet ? { timeZone: review.timeZone, nowMs: now.getTime() } : undefined;
  return (
    <div className="flex flex-col gap-8">
      <TimeZoneSync stored={review.timeZoneSet} />
      <h1 className="text-3xl font-bold tracking-tight">Welcome back, {user.name.split(" ")[0]}</h1>
      <TodayCard
        dueToday={review.dueToday}
        reviewedToday={review.reviewedToday}
        streak={activity.streak}
        activeToday={activity.activeToday}
        courses={courses}
        readNext={readNext}
      />
      {user.role === "learner" || dueSoon.length > 0 ? <DueSoonCard items={dueSoon} viewer={viewer} /> : null}
      <section aria-labelledby="my-progress" className="flex flex-col gap-3">
        <h2 id="my-progress" className="text-xl font-semibold">
          My courses
        </h2>
        {courses.length === 0 ? (
          <Card className="flex flex-col items-start gap-3">
            <p>You are not enrolled in any course yet.</p>
            <Link href="/courses" className={buttonClasses("primary")}>
              Find a course
            </Link>
          </Card>
        ) : (
          courses.map((course) => <CourseProgressCard key={course.id} course={course} />)
        )}
      </section>
      <ForecastChart days={review.forecast} title="Review forecast: the next 30 days" description="Today includes cards that are overdue." />
      <RecentActivity items={activity.recent} viewer={viewer} />
    </div>
  );
}
