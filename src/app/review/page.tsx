import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { ForecastChart } from "@/components/charts/forecast-chart";
import { selectEnrolledCourses } from "@/features/courses/db";
import { selectNextReviewCard, selectReviewSummary } from "@/features/review/db";
import { FlashcardForm } from "@/features/review/components/flashcard-form";
import { ReviewRunner } from "@/features/review/components/review-runner";
import { ReviewSettingsForm } from "@/features/review/components/review-settings-form";
import { TimeZoneSync } from "@/features/review/components/time-zone-sync";
import { requestNow } from "@/lib/clock";
import { getCurrentUser } from "@/services/auth/current-user";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/review");
  const now = await requestNow();
  const [next, summary, courses] = await Promise.all([selectNextReviewCard(user, now), selectReviewSummary(user, now), selectEnrolledCourses(user)]);
  return (
    <div className="flex flex-col gap-6">
      <TimeZoneSync stored={summary.timeZoneSet} />
      <header className="flex flex-col gap-1">
        <h1 className="text-3xl font-bold tracking-tight">Review</h1>
        <p className="text-muted-fg">
          {summary.dueToday} due today · {summary.reviewedToday} reviewed today · {summary.totalCards} card{summary.totalCards === 1 ? "" : "s"} in all
        </p>
      </header>
      <ReviewRunner initial={next.card} initialRemaining={next.remaining} />
      <ForecastChart days={summary.forecast} title="Reviews due in the next 30 days" description="Today includes cards that are overdue." />
      <div className="grid gap-6 md:grid-cols-2">
        <Card className="flex flex-col gap-3">
          <h2 className="text-lg font-semibold">Write a flashcard</h2>
          <FlashcardForm courses={courses.map((course) => ({ slug: course.slug, title: course.title }))} />
        </Card>
        <Card className="flex flex-col gap-3">
          <h2 className="text-lg font-semibold">Settings</h2>
          <ReviewSettingsForm desiredRetention={summary.desiredRetention} timeZone={summary.timeZone} />
        </Card>
      </div>
    </div>
  );
}
