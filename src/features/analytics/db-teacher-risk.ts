import "server-only";
import { and, asc, eq, inArray, lt, notExists, sql } from "drizzle-orm";
import { getDb, type Database } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import {
  AssignmentTable,
  AttemptTable,
  ClassMemberTable,
  LessonCompletionTable,
  LessonTable,
  PracticeItemTable,
  ReviewCardTable,
  ReviewLogTable,
  TestTable,
  type User,
} from "@/drizzle/schema";
import { selectAnalyticsClass, selectClassLearners, selectClassTopicSkills } from "./db-teacher-class";
import { assessLearnerRisk, masteryEvidence } from "./lib/at-risk";
import { masteryCell } from "./lib/heatmap";
import type { ClassLearnersAtRisk, LearnerRisk } from "./teacher-types";

/** Work handed in: submitted by the learner, closed at the deadline with saved answers, or graded. */
const HANDED_IN = ["submitted", "overdue", "graded"] as const;

/** Per learner and assignment past due: no attempt of the test was handed in (by any route: a class's assignment or the course). */
function selectOverdueWork(db: Database, classId: string, now: Date) {
  return db
    .select({ userId: ClassMemberTable.userId, title: TestTable.title, dueAt: AssignmentTable.dueAt })
    .from(AssignmentTable)
    .innerJoin(TestTable, eq(TestTable.id, AssignmentTable.testId))
    .innerJoin(ClassMemberTable, and(eq(ClassMemberTable.classId, AssignmentTable.classId), eq(ClassMemberTable.role, "learner")))
    .where(
      and(
        eq(AssignmentTable.classId, classId),
        lt(AssignmentTable.dueAt, now),
        notExists(
          db
            .select({ one: sql`1` })
            .from(AttemptTable)
            .where(and(eq(AttemptTable.userId, ClassMemberTable.userId), eq(AttemptTable.testId, AssignmentTable.testId), inArray(AttemptTable.state, [...HANDED_IN]))),
        ),
      ),
    )
    .orderBy(asc(AssignmentTable.dueAt), asc(TestTable.title));
}

/**
 * Each learner's latest learning in the class's course: a practice answer, a review of one of
 * the course's cards, work on a test (started, saved, or submitted by the learner — not a
 * deadline closing it) or a lesson completed. One statement.
 */
async function selectLastActivity(db: Database, classId: string, courseId: string): Promise<Map<string, Date>> {
  const rows = await selectRows<{ user_id: string; last_active_at: Date | string | null }>(
    db,
    sql`select m.user_id, greatest(
          (select max(pi.answered_at) from ${PracticeItemTable} pi where pi.user_id = m.user_id and pi.course_id = ${courseId}),
          (select max(rl.reviewed_at) from ${ReviewLogTable} rl join ${ReviewCardTable} rc on rc.id = rl.card_id
            where rl.user_id = m.user_id and rc.course_id = ${courseId}),
          (select max(greatest(a.started_at, a.last_saved_at, case when a.closed_by = 'learner' then a.submitted_at end))
            from ${AttemptTable} a join ${TestTable} te on te.id = a.test_id where a.user_id = m.user_id and te.course_id = ${courseId}),
          (select max(lc.completed_at) from ${LessonCompletionTable} lc join ${LessonTable} l on l.id = lc.lesson_id
            where lc.user_id = m.user_id and l.course_id = ${courseId})
        ) as last_active_at
        from ${ClassMemberTable} m where m.class_id = ${classId} and m.role = 'learner'`,
  );
  return new Map(rows.flatMap((row) => (row.last_active_at === null ? [] : [[row.user_id, new Date(row.last_active_at)] as const])));
}

/**
 * Every learner of the class with the reasons they may need attention (low mastery with enough
 * evidence, overdue work, a week without activity; rules in lib/at-risk.ts), those with reasons
 * first. Five statements for the whole class.
 */
export async function selectLearnersAtRisk(teacher: User, classId: string, now: Date = new Date()): Promise<ClassLearnersAtRisk> {
  const db = await getDb();
  const taught = await selectAnalyticsClass(db, teacher, classId);
  const [learners, skills, overdue, lastActivity] = await Promise.all([
    selectClassLearners(db, taught.id),
    selectClassTopicSkills(db, taught.id, taught.courseId),
    selectOverdueWork(db, taught.id, now),
    selectLastActivity(db, taught.id, taught.courseId),
  ]);
  const entries = learners.map(({ joinedAt, ...learner }): LearnerRisk => {
    const mastery = masteryEvidence(skills.filter((skill) => skill.userId === learner.id).map(masteryCell));
    // dueAt < now in the WHERE, so it is never null here.
    const mine = overdue.flatMap(({ userId, title, dueAt }) => (userId === learner.id && dueAt ? [{ title, dueAt }] : []));
    const lastActiveAt = lastActivity.get(learner.id) ?? null;
    const facts = { mastery, overdue: mine, lastActiveAt, joinedAt };
    return { learner, reasons: assessLearnerRisk(facts, now), ...facts };
  });
  entries.sort((a, b) => b.reasons.length - a.reasons.length || a.learner.name.localeCompare(b.learner.name));
  return { class: taught, learners: entries };
}
