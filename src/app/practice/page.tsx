import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { selectEnrolledCourses } from "@/features/courses/db";
import { getCurrentUser } from "@/services/auth/current-user";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticeIndexPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/practice");
  const courses = await selectEnrolledCourses(user);
  if (courses.length === 1 && courses[0]) redirect(`/practice/${courses[0].slug}`);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Practice</h1>
      {courses.length === 0 ? (
        <Card className="flex flex-col items-start gap-3">
          <p>Enrol in a course to practise its topics.</p>
          <Link href="/courses" className={buttonClasses("primary")}>
            Find a course
          </Link>
        </Card>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {courses.map((course) => (
            <li key={course.slug}>
              <Card className="flex flex-col gap-2">
                <h2 className="font-semibold">{course.title}</h2>
                <Link href={`/practice/${course.slug}`} className="font-medium text-primary hover:underline">
                  Practise this course
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
