import "server-only";
import { notFound, redirect } from "next/navigation";
import type { User } from "@/drizzle/schema";
import { selectCourseForEditor } from "@/features/courses/db-outline";
import { AppError } from "@/lib/errors";
import { getCurrentUser, hasRole } from "@/services/auth/current-user";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const bankPath = (courseId: string) => `/teach/courses/${courseId}/questions`;

/** The signed-in teacher for a question-bank page: signed-out visitors sign in and come back; learners and malformed ids get the not-found page. */
export async function teacherOrRedirect(path: string, ...ids: string[]): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (!hasRole(user, "teacher") || !ids.every((id) => UUID.test(id))) notFound();
  return user;
}

/** The data layer says NOT_FOUND for courses the caller may not author: show the not-found page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function authoredCourseOrNotFound(user: User, courseId: string) {
  const editor = await selectCourseForEditor(user, courseId);
  if (!editor) notFound();
  return { course: editor.course, topics: editor.topics.map((topic) => ({ slug: topic.slug, name: topic.name })) };
}
