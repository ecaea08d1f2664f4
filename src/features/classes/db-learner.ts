import "server-only";
import { and, asc, count, eq, inArray, isNotNull, isNull, lte, notExists, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/drizzle/db";
import { AssignmentTable, AttemptTable, ClassMemberTable, ClassTable, CourseTable, TestTable, UserTable, type AttemptState, type User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { aggregateAttemptGrades, hasAttemptsAwaitingGrading } from "@/features/tests/lib/grading-method";
import { reviewVisibility } from "@/features/tests/lib/review-policy";
import { assignmentStatus, DUE_SOON_HOURS } from "@/features/attempts/components/assignment-status";

/**
 * The learner's side of classes. Every query names the learner's membership (or, for their
 * attempts, their ownership) in its WHERE, so a class id from a URL shows nothing to outsiders.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FINISHED: AttemptState[] = ["submitted", "overdue", "graded"];
const peer = alias(ClassMemberTable, "peer");

export type LearnerClass = Awaited<ReturnType<typeof selectLearnerClasses>>[number];
export type LearnerClassDetail = Awaited<ReturnType<typeof selectClassForLearner>>;
export type LearnerAssignment = LearnerClassDetail["assignments"][number];
export type DueSoonItem = Awaited<ReturnType<typeof selectDueSoon>>[number];

/** The classes the learner is a member of (active first), with their course and counts. */
export async function selectLearnerClasses(learner: User) {
  const db = await getDb();
  const assignments = db.select({ n: count() }).from(AssignmentTable).where(eq(AssignmentTable.classId, ClassTable.id));
  const learners = db.select({ n: count() }).from(peer).where(and(eq(peer.classId, ClassTable.id), eq(peer.role, "learner")));
  return db
    .select({
      id: ClassTable.id,
      name: ClassTable.name,
      archived: sql<boolean>`${ClassTable.archivedAt} is not null`,
      role: ClassMemberTable.role,
      course: { slug: CourseTable.slug, title: CourseTable.title },
      teacherName: UserTable.name,
      assignmentCount: sql<number>`(${assignments})`.mapWith(Number),
      learnerCount: sql<number>`(${learners})`.mapWith(Number),
    })
    .from(ClassMemberTable)
    .innerJoin(ClassTable, eq(ClassTable.id, ClassMemberTable.classId))
    .innerJoin(CourseTable, eq(CourseTable.id, ClassTable.courseId))
    .innerJoin(UserTable, eq(UserTable.id, ClassTable.teacherId))
    .where(eq(ClassMemberTable.userId, learner.id))
    .orderBy(sql`${ClassTable.archivedAt} is not null`, asc(ClassTable.name));
}

type AttemptRow = {
  id: string;
  testId: string;
  attemptNumber: number;
  state: AttemptState;
  submittedAt: Date | null;
  score: number | null;
  maxScore: number;
};

async function selectOwnAttempts(learner: User, testIds: string[]): Promise<AttemptRow[]> {
  if (testIds.length === 0) return [];
  const db = await getDb();
  return db
    .select({
      id: AttemptTable.id,
      testId: AttemptTable.testId,
      attemptNumber: AttemptTable.attemptNumber,
      state: AttemptTable.state,
      submittedAt: AttemptTable.submittedAt,
      score: AttemptTable.score,
      maxScore: AttemptTable.maxScore,
    })
    .from(AttemptTable)
    .where(and(eq(AttemptTable.userId, learner.id), inArray(AttemptTable.testId, testIds)))
    .orderBy(asc(AttemptTable.attemptNumber));
}

/**
 * One class the learner belongs to, with its assignments: the window that applies (the
 * assignment's times, falling back to the test's, as the attempt engine does), a status, the
 * attempts used (counted per test, as the engine counts them), the open attempt to resume,
 * finished attempts to review, and the grade under the test's grading method — scores only
 * where the review policy shows them.
 */
export async function selectClassForLearner(learner: User, classId: string, now: Date = new Date()) {
  if (!UUID.test(classId)) throw new AppError("NOT_FOUND", "That class does not exist or you are not a member.");
  const db = await getDb();
  const [found] = await db
    .select({
      id: ClassTable.id,
      name: ClassTable.name,
      archived: sql<boolean>`${ClassTable.archivedAt} is not null`,
      course: { slug: CourseTable.slug, title: CourseTable.title },
      teacherName: UserTable.name,
    })
    .from(ClassTable)
    .innerJoin(ClassMemberTable, eq(ClassMemberTable.classId, ClassTable.id))
    .innerJoin(CourseTable, eq(CourseTable.id, ClassTable.courseId))
    .innerJoin(UserTable, eq(UserTable.id, ClassTable.teacherId))
    .where(and(eq(ClassTable.id, classId), eq(ClassMemberTable.userId, learner.id)))
    .limit(1);
  if (!found) throw new AppError("NOT_FOUND", "That class does not exist or you are not a member.");

  const rows = await db
    .select({ assignment: AssignmentTable, test: TestTable })
    .from(AssignmentTable)
    .innerJoin(TestTable, eq(TestTable.id, AssignmentTable.testId))
    .innerJoin(ClassMemberTable, eq(ClassMemberTable.classId, AssignmentTable.classId))
    .where(and(eq(AssignmentTable.classId, found.id), eq(ClassMemberTable.userId, learner.id)))
    .orderBy(sql`${AssignmentTable.dueAt} is null`, asc(AssignmentTable.dueAt), asc(TestTable.title));
  const attempts = await selectOwnAttempts(learner, [...new Set(rows.map((row) => row.test.id))]);

  const assignments = rows.map(({ assignment, test }) => {
    const opensAt = assignment.opensAt ?? test.opensAt;
    const dueAt = assignment.dueAt;
    const closesAt = assignment.closesAt ?? test.closesAt;
    const mine = attempts.filter((attempt) => attempt.testId === test.id);
    const scoreVisible = (state: AttemptState) =>
      reviewVisibility({ feedbackTiming: test.feedbackTiming, correctAnswersTiming: test.correctAnswersTiming, attemptState: state, closesAt, now })
        .showScore;
    const visible = mine.filter((attempt) => scoreVisible(attempt.state));
    const grade = aggregateAttemptGrades(test.gradingMethod, visible);
    return {
      id: assignment.id,
      testId: test.id,
      title: test.title,
      description: test.description,
      timeLimitSeconds: test.timeLimitSeconds,
      attemptsAllowed: test.attemptsAllowed,
      attemptsUsed: mine.length,
      gradingMethod: test.gradingMethod,
      opensAt,
      dueAt,
      closesAt,
      status: assignmentStatus({ opensAt, dueAt, closesAt }, now),
      inProgressAttemptId: mine.find((attempt) => attempt.state === "in_progress")?.id ?? null,
      /** Submitted at least once (so "due soon" and "overdue" no longer apply to them). */
      done: mine.some((attempt) => FINISHED.includes(attempt.state)),
      attempts: mine
        .filter((attempt) => attempt.state !== "in_progress")
        .map((attempt) => ({
          id: attempt.id,
          number: attempt.attemptNumber,
          state: attempt.state,
          submittedAt: attempt.submittedAt,
          maxScore: attempt.maxScore,
          score: scoreVisible(attempt.state) ? attempt.score : undefined,
          late: Boolean(dueAt && attempt.submittedAt && attempt.submittedAt > dueAt),
        })),
      grade: grade ? { score: grade.score, maxScore: grade.maxScore, fraction: grade.fraction, pending: grade.pending } : null,
      awaitingMarking: hasAttemptsAwaitingGrading(visible),
    };
  });
  return { class: found, assignments };
}

/**
 * For the dashboard: assignments of the learner's active classes (as a learner) that are
 * open, due within `withinHours` or overdue but still open, and not finished (no submitted
 * attempt yet) — leaving out those with no attempts left to start.
 */
export async function selectDueSoon(learner: User, now: Date, withinHours: number = DUE_SOON_HOURS) {
  const db = await getDb();
  const at = sql`${now.toISOString()}::timestamptz`;
  const horizon = sql`${new Date(now.getTime() + withinHours * 3_600_000).toISOString()}::timestamptz`;
  const opensAt = sql`coalesce(${AssignmentTable.opensAt}, ${TestTable.opensAt})`;
  const closesAt = sql`coalesce(${AssignmentTable.closesAt}, ${TestTable.closesAt})`;
  const rows = await db
    .select({
      assignmentId: AssignmentTable.id,
      classId: ClassTable.id,
      className: ClassTable.name,
      testId: TestTable.id,
      title: TestTable.title,
      timeLimitSeconds: TestTable.timeLimitSeconds,
      attemptsAllowed: TestTable.attemptsAllowed,
      assignmentOpensAt: AssignmentTable.opensAt,
      testOpensAt: TestTable.opensAt,
      dueAt: AssignmentTable.dueAt,
      assignmentClosesAt: AssignmentTable.closesAt,
      testClosesAt: TestTable.closesAt,
    })
    .from(AssignmentTable)
    .innerJoin(ClassTable, eq(ClassTable.id, AssignmentTable.classId))
    .innerJoin(ClassMemberTable, eq(ClassMemberTable.classId, ClassTable.id))
    .innerJoin(TestTable, eq(TestTable.id, AssignmentTable.testId))
    .where(
      and(
        eq(ClassMemberTable.userId, learner.id),
        eq(ClassMemberTable.role, "learner"),
        isNull(ClassTable.archivedAt),
        isNotNull(AssignmentTable.dueAt),
        lte(AssignmentTable.dueAt, horizon),
        or(sql`${opensAt} is null`, sql`${opensAt} <= ${at}`),
        or(sql`${closesAt} is null`, sql`${closesAt} > ${at}`),
        notExists(
          db
            .select({ one: sql`1` })
            .from(AttemptTable)
            .where(and(eq(AttemptTable.testId, TestTable.id), eq(AttemptTable.userId, learner.id), inArray(AttemptTable.state, FINISHED))),
        ),
      ),
    )
    .orderBy(asc(AssignmentTable.dueAt), asc(TestTable.title));
  const attempts = await selectOwnAttempts(learner, [...new Set(rows.map((row) => row.testId))]);

  return rows.flatMap((row) => {
    const mine = attempts.filter((attempt) => attempt.testId === row.testId);
    const inProgressAttemptId = mine.find((attempt) => attempt.state === "in_progress")?.id ?? null;
    if (!inProgressAttemptId && row.attemptsAllowed !== null && mine.length >= row.attemptsAllowed) return [];
    const opens = row.assignmentOpensAt ?? row.testOpensAt;
    const closes = row.assignmentClosesAt ?? row.testClosesAt;
    return [
      {
        assignmentId: row.assignmentId,
        classId: row.classId,
        className: row.className,
        testId: row.testId,
        title: row.title,
        timeLimitSeconds: row.timeLimitSeconds,
        dueAt: row.dueAt!,
        closesAt: closes,
        status: assignmentStatus({ opensAt: opens, dueAt: row.dueAt, closesAt: closes }, now, withinHours),
        inProgressAttemptId,
      },
    ];
  });
}
