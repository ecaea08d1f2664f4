import "server-only";
import { notFound, redirect } from "next/navigation";
import type { User } from "@/drizzle/schema";
import { getCurrentUser } from "@/services/auth/current-user";
import { isAdmin } from "../permissions";

/**
 * For the admin console's pages: the signed-in admin. Signed out goes to sign-in and back;
 * anyone else gets a 404, so the console does not even admit to existing. The data functions
 * check again (assertAdmin), so a page that forgot this call would still show nothing.
 */
export async function requireAdminPage(path: string): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (!isAdmin(user)) notFound();
  return user;
}
