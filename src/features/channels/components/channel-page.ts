import "server-only";
import { notFound, redirect } from "next/navigation";
import type { User } from "@/drizzle/schema";
import { getCurrentUser } from "@/services/auth/current-user";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * For the channel pages (learners and teachers alike): the signed-in user. Signed out goes to
 * sign-in and back; a malformed id gets the same 404 as a class one is not in.
 */
export async function requireChannelsPage(path: string, ids: string[]): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (ids.some((id) => !UUID.test(id))) notFound();
  return user;
}

/** ?thread=<id> from the URL, when it is a message id. */
export function threadIdFrom(value: string | string[] | undefined): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  const id = raw && /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
  return id && id > 0 ? id : undefined;
}
