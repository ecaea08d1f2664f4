import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import type { User, UserRole } from "@/drizzle/schema";
import { isActiveUser, selectActiveUserById, selectUserByClerkId, upsertClerkUser } from "@/features/users/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { DEV_SESSION_COOKIE, isClerkEnabled } from "./config";
import { getDevAuthSecret } from "./dev-secret";
import { verifyDevSessionToken } from "./dev-session-token";

async function getClerkUser(): Promise<User | null> {
  const { getClerkUserId, fetchClerkProfile } = await import("./clerk");
  const clerkUserId = await getClerkUserId();
  if (!clerkUserId) return null;
  const known = await selectUserByClerkId(clerkUserId);
  // A soft-deleted or disabled user stays signed out even while their Clerk session is still valid
  // (and is not re-created from Clerk's profile below).
  if (known) return isActiveUser(known) ? known : null;
  // Signed in before the webhook arrived: fetch the profile once and store it.
  try {
    return await upsertClerkUser(await fetchClerkProfile(clerkUserId));
  } catch (error) {
    logger.warn({ err: error, clerkUserId }, "could not load a new Clerk user; treating the request as signed out");
    return null;
  }
}

async function getDevUser(): Promise<User | null> {
  const token = (await cookies()).get(DEV_SESSION_COOKIE)?.value;
  const userId = verifyDevSessionToken(token, getDevAuthSecret());
  if (!userId) return null;
  const user = await selectActiveUserById(userId);
  // Only development accounts may use the development session.
  return user && user.authProvider === "dev" ? user : null;
}

/**
 * The signed-in database user, or null. A bad or stale session is simply "signed out".
 *
 * Neither session carries the role or the disabled flag: the dev cookie holds only a signed user
 * id and Clerk's token only the Clerk user id. Both paths read the users row from the database
 * here, and React's cache() memoises that for one request only (nothing in the app caches users
 * across requests), so an admin's role change or disable takes effect on the user's very next request.
 */
export const getCurrentUser = cache(async (): Promise<User | null> => {
  return isClerkEnabled() ? getClerkUser() : getDevUser();
});

const ROLE_RANK: Record<UserRole, number> = { learner: 0, teacher: 1, admin: 2 };

export function hasRole(user: Pick<User, "role">, role: UserRole): boolean {
  return ROLE_RANK[user.role] >= ROLE_RANK[role];
}

/** For the data access layer: the caller, or an AppError (401 signed out, 403 role too low). */
export async function requireUser(role?: UserRole): Promise<User> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (role && !hasRole(user, role)) throw new AppError("FORBIDDEN", `This needs the ${role} role.`);
  return user;
}
