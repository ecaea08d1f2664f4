import type { Metadata } from "next";
import Link from "next/link";
import { CourseCard } from "@/features/courses/components/course-card";
import { selectCatalogueCourses } from "@/features/courses/db";
import { getCurrentUser } from "@/services/auth/current-user";

export const metadata: Metadata = { title: "Courses" };

export default async function CataloguePage() {
  const courses = await selectCatalogueCourses(await getCurrentUser());
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Courses</h1>
        <p className="mt-2 text-muted-fg">Open courses anyone can join. Have a join code from your teacher? Use it on the <Link href="/classes" className="text-primary hover:underline">Classes</Link> page.</p>
      </div>
      {courses.length === 0 ? (
        <p>No courses are published yet.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {courses.map((course) => (
            <li key={course.id}>
              <CourseCard course={course} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
