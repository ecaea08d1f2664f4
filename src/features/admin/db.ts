import "server-only";
import { and, asc, ilike, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import { AiUsageTable, ClassTable, CourseTable, EnrolmentTable, UserTable, USER_ROLES, type User, type UserRole } from "@/drizzle/schema";
import migrationJournal from "@/drizzle/migrations/meta/_journal.json";
import { containsPattern, encodeUserCursor, type UserCursor } from "./lib/cursor";
import { addDays, startOfUtcDay, utcDayOf } from "./lib/days";
import type { MigrationStatus } from "./lib/health";
import { assertAdmin } from "./permissions";
import { USERS_PAGE_SIZE } from "./schemas";

// The admin console's data access: every function takes the caller and refuses anyone who is
// not an admin, whatever page or action called it.

export type AdminOverview = Awaited<ReturnType<typeof selectAdminOverview>>;
export type AdminUserRow = Awaited<ReturnType<typeof selectUsersPage>>["users"][number];

/** Head counts for the console's front page; "today" and "30 days" are UTC days, today included. */
export async function selectAdminOverview(admin: User, now = new Date()) {
  assertAdmin(admin);
  const db = await getDb();
  const today = startOfUtcDay(utcDayOf(now)).toISOString();
  const tomorrow = startOfUtcDay(addDays(utcDayOf(now), 1)).toISOString();
  const monthStart = startOfUtcDay(addDays(utcDayOf(now), -29)).toISOString();
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  const [roleRows, [counts]] = await Promise.all([
    db
      .select({
        role: UserTable.role,
        active: sql<number>`count(*) filter (where ${UserTable.disabledAt} is null)`.mapWith(Number),
        disabled: sql<number>`count(*) filter (where ${UserTable.disabledAt} is not null)`.mapWith(Number),
      })
      .from(UserTable)
      .where(isNull(UserTable.deletedAt))
      .groupBy(UserTable.role),
    // One round trip of scalar subqueries, each answered by an index or a small table.
    selectRows<Record<string, string | number>>(
      db,
      sql`select
        (select count(*) from ${CourseTable} where published_at is not null) as courses_published,
        (select count(*) from ${CourseTable} where published_at is null) as courses_draft,
        (select count(*) from ${ClassTable} where archived_at is null) as classes_active,
        (select count(*) from ${ClassTable} where archived_at is not null) as classes_archived,
        (select count(*) from (
          select user_id from ${EnrolmentTable} where last_activity_at >= ${weekAgo}::timestamptz
          union select user_id from ${AiUsageTable} where created_at >= ${weekAgo}::timestamptz and user_id is not null
        ) as recent) as active_week,
        (select count(*) from ${AiUsageTable} where created_at >= ${today}::timestamptz and created_at < ${tomorrow}::timestamptz) as ai_calls_today,
        (select coalesce(sum(cost_micros), 0) from ${AiUsageTable} where created_at >= ${today}::timestamptz and created_at < ${tomorrow}::timestamptz) as ai_cost_today,
        (select count(*) from ${AiUsageTable} where created_at >= ${monthStart}::timestamptz and created_at < ${tomorrow}::timestamptz) as ai_calls_30d,
        (select coalesce(sum(cost_micros), 0) from ${AiUsageTable} where created_at >= ${monthStart}::timestamptz and created_at < ${tomorrow}::timestamptz) as ai_cost_30d`,
    ),
  ]);
  const count = (key: string) => Number(counts?.[key] ?? 0);
  const usersByRole = Object.fromEntries(
    USER_ROLES.map((role) => {
      const row = roleRows.find((entry) => entry.role === role);
      return [role, { active: row?.active ?? 0, disabled: row?.disabled ?? 0 }];
    }),
  ) as Record<UserRole, { active: number; disabled: number }>;
  return {
    usersByRole,
    activeLastWeek: count("active_week"),
    courses: { published: count("courses_published"), draft: count("courses_draft") },
    classes: { active: count("classes_active"), archived: count("classes_archived") },
    ai: {
      today: { calls: count("ai_calls_today"), costMicros: count("ai_cost_today") },
      last30Days: { calls: count("ai_calls_30d"), costMicros: count("ai_cost_30d") },
    },
  };
}

/**
 * One page of users (deleted accounts left out), optionally matching `q` in the name or email,
 * ordered by (name, id) and continued after a keyset cursor — never an offset, so a user added
 * or renamed meanwhile cannot make the next page repeat or skip anyone.
 */
export async function selectUsersPage(admin: User, options: { q?: string; after?: UserCursor | null; limit?: number } = {}) {
  assertAdmin(admin);
  const limit = Math.min(Math.max(options.limit ?? USERS_PAGE_SIZE, 1), 100);
  const db = await getDb();
  const filters: (SQL | undefined)[] = [isNull(UserTable.deletedAt)];
  if (options.q) {
    const pattern = containsPattern(options.q);
    filters.push(or(ilike(UserTable.name, pattern), ilike(UserTable.email, pattern)));
  }
  if (options.after) filters.push(sql`(${UserTable.name}, ${UserTable.id}) > (${options.after.name}, ${options.after.id}::uuid)`);
  const rows = await db
    .select({
      id: UserTable.id,
      name: UserTable.name,
      email: UserTable.email,
      role: UserTable.role,
      authProvider: UserTable.authProvider,
      isDemo: UserTable.isDemo,
      createdAt: UserTable.createdAt,
      disabledAt: UserTable.disabledAt,
    })
    .from(UserTable)
    .where(and(...filters))
    .orderBy(asc(UserTable.name), asc(UserTable.id))
    .limit(limit + 1);
  const users = rows.slice(0, limit);
  const last = users.at(-1);
  return { users, nextCursor: rows.length > limit && last ? encodeUserCursor({ name: last.name, id: last.id }) : null };
}

/** Migrations the database has recorded as applied (drizzle's own ledger) against those this build ships. */
export async function selectMigrationStatus(admin: User): Promise<MigrationStatus> {
  assertAdmin(admin);
  const db = await getDb();
  const [row] = await selectRows<{ applied: string | number }>(db, sql`select count(*) as applied from drizzle.__drizzle_migrations`);
  return { applied: Number(row?.applied ?? 0), expected: migrationJournal.entries.length };
}
