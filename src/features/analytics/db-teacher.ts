import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb, type Database } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import {
  AssignmentTable,
  AttemptItemTable,
  AttemptTable,
  LessonTable,
  LessonTopicTable,
  ModuleTable,
  TestTable,
  TopicTable,
  UserTable,
  type User,
} from "@/drizzle/schema";
import { awaitingTeacherSql } from "@/features/attempts/db-grading";
import { selectAnalyticsClass, selectClassLearners, selectClassTopicSkills } from "./db-teacher-class";
import { buildHeatmap, type HeatmapTopic } from "./lib/heatmap";
import type { ClassGradingBacklog, ClassHeatmap } from "./teacher-types";

/**
 * The teacher's analytics of one class. Every function starts with the rights check
 * (classTaughtBy in the WHERE: the class's teacher, a co-teacher or an admin; anyone else gets
 * NOT_FOUND) and then reads the whole class in a fixed number of statements, whatever its size.
 */
export { selectClassItemAnalysis } from "./db-teacher-items";
export { selectLearnersAtRisk } from "./db-teacher-risk";

/** The course's topics in course order (where a published lesson first teaches them), as practice orders them. */
async function selectCourseTopics(db: Database, courseId: string): Promise<HeatmapTopic[]> {
  return selectRows<HeatmapTopic>(
    db,
    sql`select t.id, t.slug, t.name from ${TopicTable} t
        where t.course_id = ${courseId}
        order by coalesce((select min(m.position * 10000 + l.position) from ${LessonTopicTable} lt
                            join ${LessonTable} l on l.id = lt.lesson_id and l.published_at is not null
                            join ${ModuleTable} m on m.id = l.module_id
                            where lt.topic_id = t.id), 100000000), t.name`,
  );
}

/** Learners × the course's topics: each cell the learner's mastery level and predicted chance (null without practice), and the class average per topic. */
export async function selectClassMasteryHeatmap(teacher: User, classId: string): Promise<ClassHeatmap> {
  const db = await getDb();
  const taught = await selectAnalyticsClass(db, teacher, classId);
  const [learners, topics, skills] = await Promise.all([
    selectClassLearners(db, taught.id),
    selectCourseTopics(db, taught.courseId),
    selectClassTopicSkills(db, taught.id, taught.courseId),
  ]);
  const heatmap = buildHeatmap(
    learners.map(({ id, name, email }) => ({ id, name, email })),
    topics,
    skills,
  );
  return { class: taught, ...heatmap };
}

/**
 * Attempts made through this class's assignments with answers waiting for a teacher (the
 * grading queue's own rule, awaitingTeacherSql), oldest submission first.
 */
export async function selectGradingBacklog(teacher: User, classId: string, now: Date = new Date()): Promise<ClassGradingBacklog> {
  const db = await getDb();
  const taught = await selectAnalyticsClass(db, teacher, classId);
  const rows = await db
    .select({
      attemptId: AttemptTable.id,
      state: AttemptTable.state,
      submittedAt: AttemptTable.submittedAt,
      learner: { id: UserTable.id, name: UserTable.name, email: UserTable.email },
      test: { id: TestTable.id, title: TestTable.title },
      answersWaiting: sql<number>`count(*)`.mapWith(Number),
      firstSlot: sql<number>`min(${AttemptItemTable.slot})`.mapWith(Number),
    })
    .from(AttemptItemTable)
    .innerJoin(AttemptTable, eq(AttemptTable.id, AttemptItemTable.attemptId))
    .innerJoin(AssignmentTable, eq(AssignmentTable.id, AttemptTable.assignmentId))
    .innerJoin(TestTable, eq(TestTable.id, AttemptTable.testId))
    .innerJoin(UserTable, eq(UserTable.id, AttemptTable.userId))
    .where(and(eq(AssignmentTable.classId, taught.id), awaitingTeacherSql))
    .groupBy(AttemptTable.id, UserTable.id, TestTable.id)
    .orderBy(sql`${AttemptTable.submittedAt} asc nulls last`, asc(UserTable.name), asc(AttemptTable.id));
  return {
    class: taught,
    entries: rows.map(({ firstSlot, ...row }) => ({
      ...row,
      waitingMs: row.submittedAt ? Math.max(0, now.getTime() - row.submittedAt.getTime()) : null,
      gradeHref: `/teach/grading?${new URLSearchParams({ classId: taught.id, attempt: row.attemptId, slot: String(firstSlot) })}`,
    })),
  };
}
