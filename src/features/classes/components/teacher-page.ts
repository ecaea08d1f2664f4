import "server-only";
import { notFound, redirect } from "next/navigation";
import type { User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { getCurrentUser, hasRole } from "@/services/auth/current-user";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * For the teacher's pages: the signed-in teacher (or admin). Signed out goes to sign-in and
 * back; anyone else, or a malformed id in the URL, gets the same 404 as a class they do not teach.
 */
export async function requireTeacherPage(path: string, ids: string[] = []): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (!hasRole(user, "teacher") || ids.some((id) => !UUID.test(id))) notFound();
  return user;
}

/** The data access layer says NOT_FOUND for things the caller may not see; a page shows its 404. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
