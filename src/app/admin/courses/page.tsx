import { redirect } from "next/navigation";
import { requireAdminPage } from "@/features/admin/components/admin-page";

// Courses and classes share one admin page; the guard runs first so non-admins see the same 404.
export default async function AdminCoursesPage() {
  await requireAdminPage("/admin/courses");
  redirect("/admin/classes#courses");
}
