import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser, hasRole } from "@/services/auth/current-user";
import { CourseForm } from "../[courseId]/_components/course-form";

export const metadata: Metadata = { title: "New course" };

export default async function NewCoursePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/teach/courses/new");
  if (!hasRole(user, "teacher")) redirect("/dashboard");
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">New course</h1>
      <p className="text-muted-fg">Start with the basics; you add topics, modules and lessons next. The course stays a draft until you publish it.</p>
      <p className="text-sm">
        Prefer a head start?{" "}
        <Link href="/teach/courses/new/outline" className="font-medium text-primary underline">
          Draft an outline with AI
        </Link>{" "}
        from a description of the course, then edit it before anything is created.
      </p>
      <CourseForm />
    </div>
  );
}
