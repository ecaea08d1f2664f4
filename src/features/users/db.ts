import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import { UserTable, type User, type UserRole } from "@/drizzle/schema";

// Users are looked up by the identity the auth layer has already proven;
// these functions are the auth layer's own data access and take no caller.

/** Whether an account may be signed in: neither soft-deleted nor disabled by an admin. */
export function isActiveUser(user: Pick<User, "deletedAt" | "disabledAt">): boolean {
  return user.deletedAt === null && user.disabledAt === null;
}

/** A user who may be signed in (not deleted, not disabled); read afresh on every call, never cached. */
export async function selectActiveUserById(id: string): Promise<User | null> {
  const db = await getDb();
  const [user] = await db
    .select()
    .from(UserTable)
    .where(and(eq(UserTable.id, id), isNull(UserTable.deletedAt), isNull(UserTable.disabledAt)))
    .limit(1);
  return user ?? null;
}

/** A Clerk user by Clerk id, soft-deleted and disabled ones included (the caller decides what those mean). */
export async function selectUserByClerkId(clerkUserId: string): Promise<User | null> {
  const db = await getDb();
  const [user] = await db
    .select()
    .from(UserTable)
    .where(and(eq(UserTable.authProvider, "clerk"), eq(UserTable.externalId, clerkUserId)))
    .limit(1);
  return user ?? null;
}

export async function selectActiveUserByClerkId(clerkUserId: string): Promise<User | null> {
  const user = await selectUserByClerkId(clerkUserId);
  return user && isActiveUser(user) ? user : null;
}

export async function selectDemoUsers(): Promise<User[]> {
  const db = await getDb();
  return db
    .select()
    .from(UserTable)
    .where(and(eq(UserTable.isDemo, true), isNull(UserTable.deletedAt), isNull(UserTable.disabledAt)))
    .orderBy(asc(UserTable.role));
}

export type ClerkProfile = { clerkUserId: string; email: string; name: string; imageUrl: string | null };

/**
 * Creates or refreshes a Clerk user in one statement; a soft-deleted user comes back. Roles and
 * the admin's disabled flag are ours, never Clerk's: a profile update leaves both alone.
 */
export async function upsertClerkUser(profile: ClerkProfile): Promise<User> {
  const db = await getDb();
  const [user] = await db
    .insert(UserTable)
    .values({
      authProvider: "clerk",
      externalId: profile.clerkUserId,
      email: profile.email,
      name: profile.name,
      imageUrl: profile.imageUrl,
    })
    .onConflictDoUpdate({
      target: [UserTable.authProvider, UserTable.externalId],
      set: { email: profile.email, name: profile.name, imageUrl: profile.imageUrl, deletedAt: null },
    })
    .returning();
  if (!user) throw new Error("upsertClerkUser returned no row");
  return user;
}

/** Returns whether a user was deleted (false when unknown or already deleted). */
export async function softDeleteClerkUser(clerkUserId: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(UserTable)
    .set({ deletedAt: new Date() })
    .where(and(eq(UserTable.authProvider, "clerk"), eq(UserTable.externalId, clerkUserId), isNull(UserTable.deletedAt)))
    .returning({ id: UserTable.id });
  return rows.length > 0;
}

export async function insertLocalDevUser(input: { name: string; email: string; role: Exclude<UserRole, "admin"> }): Promise<User> {
  const db = await getDb();
  const [user] = await db
    .insert(UserTable)
    .values({ authProvider: "dev", externalId: `local:${crypto.randomUUID()}`, ...input })
    .returning();
  if (!user) throw new Error("insertLocalDevUser returned no row");
  return user;
}
