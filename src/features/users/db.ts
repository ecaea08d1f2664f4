import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import { UserTable, type User, type UserRole } from "@/drizzle/schema";

// Users are looked up by the identity the auth layer has already proven;
// these functions are the auth layer's own data access and take no caller.

export async function selectActiveUserById(id: string): Promise<User | null> {
  const db = await getDb();
  const [user] = await db
    .select()
    .from(UserTable)
    .where(and(eq(UserTable.id, id), isNull(UserTable.deletedAt)))
    .limit(1);
  return user ?? null;
}

/** A Clerk user by Clerk id, soft-deleted ones included (the caller decides what deleted means). */
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
  return user && !user.deletedAt ? user : null;
}

export async function selectDemoUsers(): Promise<User[]> {
  const db = await getDb();
  return db
    .select()
    .from(UserTable)
    .where(and(eq(UserTable.isDemo, true), isNull(UserTable.deletedAt)))
    .orderBy(asc(UserTable.role));
}

export type ClerkProfile = { clerkUserId: string; email: string; name: string; imageUrl: string | null };

/** Creates or refreshes a Clerk user in one statement; a soft-deleted user comes back. Roles are ours, never Clerk's. */
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
