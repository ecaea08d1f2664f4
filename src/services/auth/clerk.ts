import "server-only";
import { auth, clerkClient } from "@clerk/nextjs/server";
import type { ClerkProfile } from "@/features/users/db";

/** The signed-in Clerk user id, verified by clerkMiddleware (networkless with CLERK_JWT_KEY). */
export async function getClerkUserId(): Promise<string | null> {
  const { userId } = await auth();
  return userId;
}

/** Fetches a profile from Clerk's API, for a user the webhook has not delivered yet. */
export async function fetchClerkProfile(clerkUserId: string): Promise<ClerkProfile> {
  const client = await clerkClient();
  const user = await client.users.getUser(clerkUserId);
  const email =
    user.emailAddresses.find((address) => address.id === user.primaryEmailAddressId)?.emailAddress ??
    user.emailAddresses[0]?.emailAddress ??
    `${clerkUserId}@users.clerk.invalid`;
  const name = [user.firstName, user.lastName].filter(Boolean).join(" ") || user.username || email;
  return { clerkUserId, email: email.toLowerCase(), name, imageUrl: user.imageUrl || null };
}
