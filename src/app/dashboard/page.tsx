import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { selectEnrolledCourses } from "@/features/courses/db";
import { getCurrentUser } from "@/services/auth/current-user";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/dashboard");
  const courses = await selectEnrolledCourses(user);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Welcome back, {user.name.split(" ")[0]}</h1>
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
