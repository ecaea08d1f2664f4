import "server-only";
import { and, asc, desc, eq, gte, lt, sql, type Column } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import { AiUsageTable, UserTable, type AiFeature, type User } from "@/drizzle/schema";
import { addDays, eachDay, startOfUtcDay } from "./lib/days";
import { fillUsageDays, type UsageDay, type UsageTotals } from "./lib/usage";
import { assertAdmin } from "./permissions";
import type { DayRange } from "./schemas";

// AI usage and cost for admins, aggregated in SQL over a range of UTC days. The range filter
// is on created_at alone, so the ai_usage(created_at) index serves every query here.

export const TOP_USERS_LIMIT = 20;

export type FeatureUsage = UsageTotals & { feature: AiFeature };
export type UserUsage = UsageTotals & { userId: string | null; name: string | null; email: string | null };

function inRange(range: DayRange) {
  return and(gte(AiUsageTable.createdAt, startOfUtcDay(range.from)), lt(AiUsageTable.createdAt, startOfUtcDay(addDays(range.to, 1))));
}

const sumOf = (column: Column) => sql<number>`coalesce(sum(${column}), 0)`.mapWith(Number);

const measures = {
  calls: sql<number>`count(*)`.mapWith(Number),
  inputTokens: sumOf(AiUsageTable.inputTokens),
  outputTokens: sumOf(AiUsageTable.outputTokens),
  costMicros: sumOf(AiUsageTable.costMicros),
  failed: sql<number>`count(*) filter (where ${AiUsageTable.outcome} = 'failed')`.mapWith(Number),
  invalid: sql<number>`count(*) filter (where ${AiUsageTable.outcome} = 'invalid_output')`.mapWith(Number),
};

// The UTC calendar day whatever the session's time zone is.
const utcDay = sql<string>`to_char(date_trunc('day', ${AiUsageTable.createdAt} at time zone 'UTC'), 'YYYY-MM-DD')`;

/** One entry per UTC day of the range, quiet days as zeros. */
export async function selectAiUsageByDay(admin: User, range: DayRange): Promise<UsageDay[]> {
  assertAdmin(admin);
  const db = await getDb();
  const rows = await db.select({ day: utcDay, ...measures }).from(AiUsageTable).where(inRange(range)).groupBy(utcDay).orderBy(utcDay);
  return fillUsageDays(eachDay(range.from, range.to), rows);
}

/** Each AI feature used in the range, costliest first. */
export async function selectAiUsageByFeature(admin: User, range: DayRange): Promise<FeatureUsage[]> {
  assertAdmin(admin);
  const db = await getDb();
  return db
    .select({ feature: AiUsageTable.feature, ...measures })
    .from(AiUsageTable)
    .where(inRange(range))
    .groupBy(AiUsageTable.feature)
    .orderBy(desc(measures.costMicros), desc(measures.calls), asc(AiUsageTable.feature));
}

/** The users with the highest cost in the range (calls without a user, such as background jobs, as one row). */
export async function selectAiUsageByUser(admin: User, range: DayRange, limit = TOP_USERS_LIMIT): Promise<UserUsage[]> {
  assertAdmin(admin);
  const db = await getDb();
  return db
    .select({ userId: AiUsageTable.userId, name: UserTable.name, email: UserTable.email, ...measures })
    .from(AiUsageTable)
    .leftJoin(UserTable, eq(UserTable.id, AiUsageTable.userId))
    .where(inRange(range))
    .groupBy(AiUsageTable.userId, UserTable.name, UserTable.email)
    .orderBy(desc(measures.costMicros), desc(measures.calls), asc(UserTable.name))
    .limit(Math.min(Math.max(limit, 1), 100));
}
