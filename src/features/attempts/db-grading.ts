import "server-only";
import { and, asc, eq, exists, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Database } from "@/drizzle/db";
import {
  AiGradeTable,
  AssignmentTable,
  AttemptItemTable,
  AttemptTable,
  ClassTable,
  CourseTable,
  GradeEventTable,
  QuestionTable,
  QuestionVersionTable,
  TestTable,
  UserTable,
  type User,
} from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { courseEditableBy } from "@/features/courses/db-visibility";
import { classTaughtBy } from "@/features/classes/db";
import { insertGradeReleasedNotifications } from "@/features/notifications/db-producers";
import { gradeResponse, ResponseError } from "@/features/questions/lib/grade";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** Who may grade an attempt: an author of the test's course, a teacher of the assignment's class, an admin. */
export function attemptGradableBy(db: Database | Tx, teacher: Pick<User, "id" | "role">): SQL {
  if (teacher.role === "admin") return sql`true`;
  if (teacher.role !== "teacher") return sql`false`;
  const authors = exists(
    db
      .select({ one: sql`1` })
      .from(TestTable)
      .innerJoin(CourseTable, eq(CourseTable.id, TestTable.courseId))
      .where(and(eq(TestTable.id, AttemptTable.testId), courseEditableBy(teacher))),
  );
  const teaches = exists(
    db
      .select({ one: sql`1` })
      .from(AssignmentTable)
      .innerJoin(ClassTable, eq(ClassTable.id, AssignmentTable.classId))
      .where(and(eq(AssignmentTable.id, AttemptTable.assignmentId), classTaughtBy(db, teacher))),
  );
  return or(authors, teaches) ?? sql`false`;
}

/**
 * An answer waits for the teacher when it needs a mark (an essay of a closed attempt), or when an
 * AI grade of it waits for review (an essay, or a short answer the AI thinks may be right).
 */
export const awaitingTeacherSql = sql`((${AttemptItemTable.needsManualGrading} and ${AttemptTable.state} in ('submitted', 'overdue'))
  or (${AttemptTable.state} in ('submitted', 'overdue', 'graded') and exists (select 1 from ${AiGradeTable}
    where ${AiGradeTable.attemptId} = ${AttemptItemTable.attemptId} and ${AiGradeTable.slot} = ${AttemptItemTable.slot} and ${AiGradeTable.status} = 'queued')))`;

/** Re-totals attempts after grading; an attempt with nothing left to mark becomes graded. */
export async function retotalAttempts(tx: Tx, attemptIds: string[]): Promise<void> {
  if (attemptIds.length === 0) return;
  const pending = sql`exists (select 1 from ${AttemptItemTable} where ${AttemptItemTable.attemptId} = ${AttemptTable.id} and ${AttemptItemTable.needsManualGrading})`;
  await tx
    .update(AttemptTable)
    .set({
      score: sql`(select coalesce(sum(${AttemptItemTable.score}), 0) from ${AttemptItemTable} where ${AttemptItemTable.attemptId} = ${AttemptTable.id})`,
      state: sql`case when ${pending} then ${AttemptTable.state} else 'graded' end::attempt_state`,
      gradedAt: sql`case when ${pending} then null else coalesce(${AttemptTable.gradedAt}, now()) end`,
    })
    .where(and(inArray(AttemptTable.id, attemptIds), inArray(AttemptTable.state, ["submitted", "overdue", "graded"])));
}

/** Essays (and anything else) waiting for a teacher, oldest submission first. */
export async function selectGradingQueue(teacher: User, filter: { testId?: string; classId?: string } = {}) {
  const db = await getDb();
  return db
    .select({
      attemptId: AttemptTable.id,
      slot: AttemptItemTable.slot,
      points: AttemptItemTable.points,
      response: AttemptItemTable.response,
      body: QuestionVersionTable.body,
      learnerName: UserTable.name,
      testId: TestTable.id,
      testTitle: TestTable.title,
      submittedAt: AttemptTable.submittedAt,
    })
    .from(AttemptItemTable)
    .innerJoin(AttemptTable, eq(AttemptTable.id, AttemptItemTable.attemptId))
    .innerJoin(TestTable, eq(TestTable.id, AttemptTable.testId))
    .innerJoin(UserTable, eq(UserTable.id, AttemptTable.userId))
    .innerJoin(QuestionVersionTable, eq(QuestionVersionTable.id, AttemptItemTable.questionVersionId))
    .where(
      and(
        awaitingTeacherSql,
        filter.testId ? eq(AttemptTable.testId, filter.testId) : undefined,
        filter.classId
          ? inArray(AttemptTable.assignmentId, db.select({ id: AssignmentTable.id }).from(AssignmentTable).where(eq(AssignmentTable.classId, filter.classId)))
          : undefined,
        attemptGradableBy(db, teacher),
      ),
    )
    .orderBy(asc(AttemptTable.submittedAt), asc(AttemptItemTable.slot));
}

/**
 * A teacher marks one slot of a closed attempt (first grade or override). The previous mark
 * is kept in grade_events with who and when; the attempt's total follows in the same transaction,
 * and the learner is notified once the attempt is graded.
 */
export async function gradeAttemptItem(teacher: User, input: { attemptId: string; slot: number; score: number; feedback: string }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [item] = await tx
      .select({ points: AttemptItemTable.points, score: AttemptItemTable.score })
      .from(AttemptItemTable)
      .innerJoin(AttemptTable, eq(AttemptTable.id, AttemptItemTable.attemptId))
      .where(and(eq(AttemptItemTable.attemptId, input.attemptId), eq(AttemptItemTable.slot, input.slot), attemptGradableBy(tx, teacher)))
      .for("update", { of: AttemptTable });
    if (!item) throw new AppError("NOT_FOUND", "That answer does not exist or you cannot grade it.");
    if (input.score > item.points) throw new AppError("BAD_REQUEST", `A mark must be between 0 and ${item.points}.`);
    const updated = await tx
      .update(AttemptItemTable)
      .set({ score: input.score, feedback: input.feedback || null, needsManualGrading: false, gradedBy: teacher.id, gradedAt: new Date() })
      .where(
        and(
          eq(AttemptItemTable.attemptId, input.attemptId),
          eq(AttemptItemTable.slot, input.slot),
          inArray(AttemptItemTable.attemptId, tx.select({ id: AttemptTable.id }).from(AttemptTable).where(ne(AttemptTable.state, "in_progress"))),
        ),
      )
      .returning({ slot: AttemptItemTable.slot });
    if (updated.length === 0) throw new AppError("CONFLICT", "This attempt is still in progress; grade it once it is submitted.");
    await tx.insert(GradeEventTable).values({
      attemptId: input.attemptId,
      slot: input.slot,
      source: "teacher",
      score: input.score,
      previousScore: item.score,
      feedback: input.feedback || null,
      gradedBy: teacher.id,
    });
    // An AI grade of this slot is now decided: accepted when the teacher kept its mark, overridden otherwise.
    await tx
      .update(AiGradeTable)
      .set({
        status: sql`case when abs(${AiGradeTable.score} - ${input.score}) < 0.005 then 'accepted' else 'overridden' end::ai_grade_status`,
        decidedBy: teacher.id,
        decidedAt: new Date(),
      })
      .where(and(eq(AiGradeTable.attemptId, input.attemptId), eq(AiGradeTable.slot, input.slot)));
    await retotalAttempts(tx, [input.attemptId]);
    await insertGradeReleasedNotifications(tx, [input.attemptId]);
  });
}

/**
 * After fixing a question, grades every closed attempt's saved response again against the
 * latest version and moves those slots to it; each changed mark is logged. Essays keep
 * their teacher's mark. Attempts still in progress keep the version they showed.
 */
export async function regradeQuestion(teacher: User, questionId: string): Promise<{ slots: number; changed: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [latest] = await tx
      .select({ id: QuestionVersionTable.id, body: QuestionVersionTable.body })
      .from(QuestionTable)
      .innerJoin(CourseTable, eq(CourseTable.id, QuestionTable.courseId))
      .innerJoin(QuestionVersionTable, and(eq(QuestionVersionTable.questionId, QuestionTable.id), eq(QuestionVersionTable.version, QuestionTable.latestVersion)))
      .where(and(eq(QuestionTable.id, questionId), courseEditableBy(teacher)))
      .limit(1);
    if (!latest) throw new AppError("NOT_FOUND", "That question does not exist or you cannot edit it.");
    if (latest.body.type === "essay") return { slots: 0, changed: 0 };
    const slots = await tx
      .select({ attemptId: AttemptItemTable.attemptId, slot: AttemptItemTable.slot, response: AttemptItemTable.response, score: AttemptItemTable.score, points: AttemptItemTable.points })
      .from(AttemptItemTable)
      .innerJoin(AttemptTable, eq(AttemptTable.id, AttemptItemTable.attemptId))
      .where(and(eq(AttemptItemTable.questionId, questionId), inArray(AttemptTable.state, ["submitted", "overdue", "graded"])))
      .for("update", { of: AttemptTable });
    let changed = 0;
    const touched = new Set<string>();
    for (const slot of slots) {
      let score = 0;
      if (slot.response !== null) {
        try {
          const outcome = gradeResponse(latest.body, slot.response);
          score = outcome.kind === "auto" ? outcome.fraction * slot.points : (slot.score ?? 0);
        } catch (error) {
          // An option the fixed version no longer has earns nothing.
          if (!(error instanceof ResponseError)) throw error;
        }
      }
      await tx
        .update(AttemptItemTable)
        .set({ score, questionVersionId: latest.id })
        .where(and(eq(AttemptItemTable.attemptId, slot.attemptId), eq(AttemptItemTable.slot, slot.slot)));
      touched.add(slot.attemptId);
      if (score !== slot.score) {
        changed += 1;
        await tx.insert(GradeEventTable).values({ attemptId: slot.attemptId, slot: slot.slot, source: "regrade", score, previousScore: slot.score, gradedBy: teacher.id });
      }
    }
    await retotalAttempts(tx, [...touched]);
    return { slots: slots.length, changed };
  });
}
