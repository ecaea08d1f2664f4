import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/features/attempts/components/local-time";
import { selectDueSoon, type DueSoonItem } from "@/features/classes/db-learner";
import { selectEnrolledCourses } from "@/features/courses/db";
import { getCurrentUser } from "@/services/auth/current-user";

export const metadata: Metadata = { title: "Dashboard" };

/** Assigned tests due in the next three days, or overdue but still open. */
function DueSoonCard({ items }: { items: DueSoonItem[] }) {
  return (
    <section aria-labelledby="due-soon" className="flex flex-col gap-3">
      <h2 id="due-soon" className="text-xl font-semibold">
        Due soon
      </h2>
      {items.length === 0 ? (
        <Card className="flex flex-col items-start gap-2">
          <p>Nothing is due in the next three days.</p>
          <Link href="/classes" className="font-medium text-primary hover:underline">
            See your classes
          </Link>
        </Card>
      ) : (
        <Card>
          <ul className="flex flex-col divide-y divide-border">
            {items.map((item) => (
              <li key={item.assignmentId} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3 first:pt-0 last:pb-0">
                <div className="flex flex-col">
                  <Link href={item.inProgressAttemptId ? `/attempts/${item.inProgressAttemptId}` : `/classes/${item.classId}`} className="font-medium text-primary hover:underline">
                    {item.title}
                  </Link>
                  <span className="text-sm text-muted-fg">
                    {item.className} · due <LocalTime date={item.dueAt} relative />
                  </span>
                </div>
                <span className="ml-auto flex gap-2">
                  {item.status === "overdue" ? (
                    <Badge className="bg-muted text-danger">
                      <span aria-hidden="true">⚠&nbsp;</span>Overdue — still open
                    </Badge>
                  ) : null}
                  {item.inProgressAttemptId ? <Badge>In progress · resume</Badge> : null}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </section>
  );
}

export default async function DashboardPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/dashboard");
  const [courses, dueSoon] = await Promise.all([selectEnrolledCourses(user), selectDueSoon(user, new Date())]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Welcome back, {user.name.split(" ")[0]}</h1>
      {user.role === "learner" || dueSoon.length > 0 ? <DueSoonCard items={dueSoon} /> : null}
      <section aria-labelledby="my-courses" className="flex flex-col gap-3">
        <h2 id="my-courses" className="text-xl font-semibold">
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
          <ul className="grid gap-4 sm:grid-cols-2">
            {courses.map((course) => (
              <li key={course.slug}>
                <Card>
                  <h3 className="font-semibold">
                    <Link href={`/courses/${course.slug}`} className="hover:underline">
                      {course.title}
                    </Link>
                  </h3>
                  <p className="mt-1 text-sm text-muted-fg">{course.summary}</p>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
