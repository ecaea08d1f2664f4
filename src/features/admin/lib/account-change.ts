import type { UserRole } from "@/drizzle/schema/enum-values";

// The rules an admin's change to an account follows, as pure functions the data access layer
// applies to rows it has locked.

export type AccountState = { role: UserRole; disabledAt: Date | null; deletedAt: Date | null };
export type AccountChange = { kind: "role"; role: UserRole } | { kind: "disabled"; disabled: boolean };

/** An admin who can sign in: the ones the console must never run out of. */
export function isActiveAdmin(account: AccountState): boolean {
  return account.role === "admin" && account.disabledAt === null && account.deletedAt === null;
}

export function isNoOpChange(account: AccountState, change: AccountChange): boolean {
  return change.kind === "role" ? account.role === change.role : (account.disabledAt !== null) === change.disabled;
}

/** Whether the change would turn an active admin into something else (demoted or disabled). */
export function removesActiveAdmin(account: AccountState, change: AccountChange): boolean {
  if (!isActiveAdmin(account) || isNoOpChange(account, change)) return false;
  return change.kind === "role" ? change.role !== "admin" : change.disabled;
}

/** How a change reads in the log and in messages: "teacher → admin", "enabled → disabled". */
export function describeChange(account: AccountState, change: AccountChange): { from: string; to: string } {
  if (change.kind === "role") return { from: account.role, to: change.role };
  return { from: account.disabledAt ? "disabled" : "enabled", to: change.disabled ? "disabled" : "enabled" };
}
