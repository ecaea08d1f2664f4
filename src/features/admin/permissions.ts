import type { User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";

/** The admin console is for admins only; teachers rank below and see none of it. */
export function isAdmin(user: Pick<User, "role"> | null | undefined): boolean {
  return user?.role === "admin";
}

/** Every admin data function starts here, so a page or action that forgets its guard still leaks nothing. */
export function assertAdmin(user: Pick<User, "role"> | null | undefined): asserts user is Pick<User, "role"> {
  if (!isAdmin(user)) throw new AppError("FORBIDDEN", "Only admins can use the admin console.");
}

/** Nobody changes their own role or disables themself: an admin could lock everyone out by accident. */
export function assertNotSelf(actor: Pick<User, "id">, targetId: string, change: "role" | "disable"): void {
  if (actor.id !== targetId) return;
  throw new AppError("FORBIDDEN", change === "role" ? "You cannot change your own role." : "You cannot disable your own account.");
}
