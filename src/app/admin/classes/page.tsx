import type { Metadata } from "next";
import { requireAdminPage } from "@/features/admin/components/admin-page";
import { CATALOG_LIMIT, selectClassesOverview, selectCoursesOverview } from "@/features/admin/db-catalog";
import { AdminHeader } from "../_components/admin-nav";
import { ClassesTable } from "./_components/classes-table";
import { CoursesTable } from "./_components/courses-table";

export const metadata: Metadata = { title: "Classes and courses · Admin" };

function LimitNote({ truncated, what }: { truncated: boolean; what: string }) {
  if (!truncated) return null;
  return (
    <p className="text-sm text-muted-fg">
      Showing the first {CATALOG_LIMIT} {what}; the overview has the totals.
    </p>
  );
}

export default async function AdminClassesPage() {
  const admin = await requireAdminPage("/admin/classes");
  const [courses, classes] = await Promise.all([selectCoursesOverview(admin), selectClassesOverview(admin)]);
  return (
    <div className="flex flex-col gap-10">
      <AdminHeader title="Classes and courses" current="/admin/classes" intro="Every course and class on the platform, whoever owns it." />

      <section id="courses" aria-labelledby="courses-heading" className="flex flex-col gap-3">
        <h2 id="courses-heading" className="text-xl font-semibold">
          Courses
        </h2>
        <LimitNote truncated={courses.truncated} what="courses, newest first" />
        {courses.rows.length === 0 ? <p className="text-muted-fg">No courses yet.</p> : <CoursesTable courses={courses.rows} />}
      </section>

      <section id="classes" aria-labelledby="classes-heading" className="flex flex-col gap-3">
        <h2 id="classes-heading" className="text-xl font-semibold">
          Classes
        </h2>
        <LimitNote truncated={classes.truncated} what="classes, active first" />
        {classes.rows.length === 0 ? <p className="text-muted-fg">No classes yet.</p> : <ClassesTable classes={classes.rows} />}
      </section>
    </div>
  );
}
