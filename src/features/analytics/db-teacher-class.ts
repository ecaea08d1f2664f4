import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import { ClassMemberTable, LearnerCourseSkillTable, LearnerTopicSkillTable, UserTable, type User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { selectTaughtClass } from "@/features/classes/db";
import type { TopicSkillRow } from "./lib/heatmap";
import type { AnalyticsClass } from "./teacher-types";

// The pieces every class analytics query shares: the rights check and the class's learners.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The class, when the caller teaches it (classTaughtBy in the WHERE; admins pass), or NOT_FOUND — also for a malformed id. */
export async function selectAnalyticsClass(db: Database, teacher: User, classId: string): Promise<AnalyticsClass> {
  if (!UUID.test(classId)) throw new AppError("NOT_FOUND", "That class does not exist or you do not teach it.");
  const taught = await selectTaughtClass(db, teacher, classId);
  return { id: taught.id, name: taught.name, courseId: taught.courseId };
}

/** The class's learners (not its co-teachers, not deleted accounts), by name. */
export function selectClassLearners(db: Database, classId: string) {
  return db
    .select({ id: UserTable.id, name: UserTable.name, email: UserTable.email, joinedAt: ClassMemberTable.joinedAt })
    .from(ClassMemberTable)
    .innerJoin(UserTable, eq(UserTable.id, ClassMemberTable.userId))
    .where(and(eq(ClassMemberTable.classId, classId), eq(ClassMemberTable.role, "learner"), isNull(UserTable.deletedAt)))
    .orderBy(asc(UserTable.name), asc(UserTable.id));
}

/** Every practice rating of the class's learners on the course's topics, with the course skill it is an offset from. One statement. */
export async function selectClassTopicSkills(db: Database, classId: string, courseId: string): Promise<TopicSkillRow[]> {
  const rows = await selectRows<{ user_id: string; topic_id: string; offset: number; count: number; course_value: number | null }>(
    db,
    sql`select s.user_id, s.topic_id, s.value as "offset", s.count, cs.value as course_value
        from ${LearnerTopicSkillTable} s
        join ${ClassMemberTable} m on m.user_id = s.user_id and m.class_id = ${classId} and m.role = 'learner'
        left join ${LearnerCourseSkillTable} cs on cs.user_id = s.user_id and cs.course_id = s.course_id
        where s.course_id = ${courseId} and s.count > 0`,
  );
  return rows.map((row) => ({
    userId: row.user_id,
    topicId: row.topic_id,
    offset: Number(row.offset),
    courseValue: Number(row.course_value ?? 0),
    count: Number(row.count),
  }));
}
