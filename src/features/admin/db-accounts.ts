import "server-only";
import { and, asc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Transaction } from "@/drizzle/db";
import { UserTable, USER_ROLES, type User, type UserRole } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { describeChange, isActiveAdmin, isNoOpChange, removesActiveAdmin, type AccountChange } from "./lib/account-change";
import { assertAdmin, assertNotSelf } from "./permissions";

// An admin's changes to other people's accounts: role, disabled. Each runs in a transaction that
// locks the rows the rules depend on and ends in one conditional UPDATE.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AccountChangeResult = { userId: string; changed: boolean; from: string; to: string };

const activeAdminSql = and(eq(UserTable.role, "admin"), isNull(UserTable.disabledAt), isNull(UserTable.deletedAt));

/**
 * Locks, in id order (so two changes cannot deadlock), the caller's row, the target's row and
 * every active admin's row. Until the transaction ends nobody else can demote or disable an
 * admin, so the checks below and the UPDATE see the same admins: two admins demoting each
 * other at the same moment run one after the other, and the second finds it is no longer an admin.
 */
async function lockAccounts(tx: Transaction, actorId: string, targetId: string) {
  const rows = await tx
    .select({ id: UserTable.id, role: UserTable.role, disabledAt: UserTable.disabledAt, deletedAt: UserTable.deletedAt })
    .from(UserTable)
    .where(or(inArray(UserTable.id, [actorId, targetId]), activeAdminSql))
    .orderBy(asc(UserTable.id))
    .for("update");
  const actor = rows.find((row) => row.id === actorId);
  // The caller's admin role is re-checked under the lock: a request that started before its
  // admin was demoted or disabled changes nothing.
  if (!actor || !isActiveAdmin(actor)) throw new AppError("FORBIDDEN", "Only admins can use the admin console.");
  const target = rows.find((row) => row.id === targetId);
  if (!target || target.deletedAt) throw new AppError("NOT_FOUND", "That user does not exist.");
  return { target, activeAdmins: rows.filter(isActiveAdmin).length };
}

/** The UPDATE's own guard: another active admin still exists besides the target. */
function anotherActiveAdminRemains(targetId: string): SQL {
  return sql`exists (select 1 from ${UserTable} as others where others.role = 'admin' and others.disabled_at is null
    and others.deleted_at is null and others.id <> ${targetId})`;
}

async function applyAccountChange(admin: User, targetId: string, change: AccountChange): Promise<AccountChangeResult> {
  assertAdmin(admin);
  if (change.kind === "role") assertNotSelf(admin, targetId, "role");
  else if (change.disabled) assertNotSelf(admin, targetId, "disable");
  if (!UUID.test(targetId)) throw new AppError("NOT_FOUND", "That user does not exist.");
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const { target, activeAdmins } = await lockAccounts(tx, admin.id, targetId);
    const { from, to } = describeChange(target, change);
    if (isNoOpChange(target, change)) return { userId: target.id, changed: false, from, to };
    const removesAdmin = removesActiveAdmin(target, change);
    if (removesAdmin && activeAdmins <= 1) {
      throw new AppError("CONFLICT", change.kind === "role" ? "The last active admin cannot be demoted." : "The last active admin cannot be disabled.");
    }
    // One conditional UPDATE: it changes the row only from the state just checked, and never
    // takes away the last active admin even if the checks above were ever bypassed.
    const updated = await tx
      .update(UserTable)
      .set(change.kind === "role" ? { role: change.role } : { disabledAt: change.disabled ? sql`now()` : null })
      .where(
        and(
          eq(UserTable.id, target.id),
          isNull(UserTable.deletedAt),
          change.kind === "role" ? eq(UserTable.role, target.role) : change.disabled ? isNull(UserTable.disabledAt) : sql`${UserTable.disabledAt} is not null`,
          removesAdmin ? anotherActiveAdminRemains(target.id) : undefined,
        ),
      )
      .returning({ id: UserTable.id });
    if (updated.length === 0) throw new AppError("CONFLICT", "That user changed meanwhile; reload the page and try again.");
    return { userId: target.id, changed: true, from, to };
  });
  if (result.changed) {
    logger.info({ actorId: admin.id, targetUserId: result.userId, change: change.kind, from: result.from, to: result.to }, change.kind === "role" ? "admin changed a user's role" : `admin ${result.to} a user`);
  }
  return result;
}

/**
 * Gives a user a new role. It takes effect on their very next request: getCurrentUser reads the
 * users row afresh on every request (see services/auth/current-user.ts).
 */
export async function changeUserRole(admin: User, targetId: string, role: UserRole): Promise<AccountChangeResult> {
  assertAdmin(admin);
  if (!(USER_ROLES as readonly string[]).includes(role)) throw new AppError("BAD_REQUEST", "Choose a role: learner, teacher or admin.");
  return applyAccountChange(admin, targetId, { kind: "role", role });
}

/** Disables (signed out from their next request on) or re-enables an account. */
export async function setUserDisabled(admin: User, targetId: string, disabled: boolean): Promise<AccountChangeResult> {
  return applyAccountChange(admin, targetId, { kind: "disabled", disabled });
}
