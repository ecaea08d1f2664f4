import "server-only";
import { and, eq, inArray, isNull, notExists, or, sql } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import { AssignmentTable, AttemptTable, ClassMemberTable, ClassTable, NotificationTable, TestTable, UserTable } from "@/drizzle/schema";
import { insertNotifications } from "./db-insert";
import { dueSoonNotice } from "./lib/messages";

/** A reminder goes out once the due time is this close. */
export const DUE_REMINDER_HOURS = 24;
const BATCH = 500;

/**
 * "test_due" reminders for assignments of active classes that are open, due within the next
 * DUE_REMINDER_HOURS (not yet past), to each learner member without a submitted, overdue or
 * graded attempt of the test. The key `due:{assignmentId}` makes repeated runs notify once.
 * Run by the hourly cron for everyone, and for one user when they open their notifications.
 */
export async function insertDueSoonReminders(now: Date, options: { userId?: string } = {}): Promise<number> {
  const db = await getDb();
  const at = sql`${now.toISOString()}::timestamptz`;
  const horizon = sql`${new Date(now.getTime() + DUE_REMINDER_HOURS * 3_600_000).toISOString()}::timestamptz`;
  const opensAt = sql`coalesce(${AssignmentTable.opensAt}, ${TestTable.opensAt})`;
  const closesAt = sql`coalesce(${AssignmentTable.closesAt}, ${TestTable.closesAt})`;
  const dedupeKey = sql`'due:' || ${AssignmentTable.id}::text`;
  const due = await db
    .select({ assignmentId: AssignmentTable.id, classId: ClassTable.id, className: ClassTable.name, testTitle: TestTable.title, userId: ClassMemberTable.userId })
    .from(AssignmentTable)
    .innerJoin(ClassTable, eq(ClassTable.id, AssignmentTable.classId))
    .innerJoin(TestTable, eq(TestTable.id, AssignmentTable.testId))
    .innerJoin(ClassMemberTable, and(eq(ClassMemberTable.classId, ClassTable.id), eq(ClassMemberTable.role, "learner")))
    .innerJoin(UserTable, eq(UserTable.id, ClassMemberTable.userId))
    .where(
      and(
        options.userId ? eq(ClassMemberTable.userId, options.userId) : undefined,
        isNull(ClassTable.archivedAt),
        isNull(UserTable.deletedAt),
        sql`${AssignmentTable.dueAt} > ${at}`,
        sql`${AssignmentTable.dueAt} <= ${horizon}`,
        or(sql`${opensAt} is null`, sql`${opensAt} <= ${at}`),
        or(sql`${closesAt} is null`, sql`${closesAt} > ${at}`),
        notExists(
          db
            .select({ one: sql`1` })
            .from(AttemptTable)
            .where(and(eq(AttemptTable.testId, TestTable.id), eq(AttemptTable.userId, ClassMemberTable.userId), inArray(AttemptTable.state, ["submitted", "overdue", "graded"]))),
        ),
        // Already reminded: skipped here so an hourly run reads little and writes nothing.
        notExists(
          db
            .select({ one: sql`1` })
            .from(NotificationTable)
            .where(and(eq(NotificationTable.userId, ClassMemberTable.userId), eq(NotificationTable.dedupeKey, dedupeKey))),
        ),
      ),
    );
  let inserted = 0;
  for (let start = 0; start < due.length; start += BATCH) {
    inserted += await insertNotifications(
      db,
      due.slice(start, start + BATCH).map((row) => ({
        userId: row.userId,
        kind: "test_due" as const,
        ...dueSoonNotice(row),
        link: `/classes/${row.classId}`,
        dedupeKey: `due:${row.assignmentId}`,
      })),
    );
  }
  return inserted;
}
