import "server-only";
import { and, eq, inArray, isNotNull, lt, sql } from "drizzle-orm";
import type { Database } from "@/drizzle/db";
import { AssignmentTable, AttemptItemTable, AttemptTable, QuestionVersionTable, ReviewCardTable, TestTable } from "@/drizzle/schema";
import { GRACE_SECONDS } from "@/features/tests/lib/deadline";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
type Executor = Database | Tx;

/** The server's clock decides: before the deadline plus a short grace for network delay. */
export const withinDeadlineSql = sql`(${AttemptTable.deadlineAt} is null or now() <= ${AttemptTable.deadlineAt} + make_interval(secs => ${GRACE_SECONDS}))`;

/**
 * Second step of closing attempts whose row locks the caller already holds: unanswered
 * objective slots score 0, the total is summed, and the state follows from what is left —
 * graded, waiting for a teacher (submitted / overdue), or abandoned (closed by the deadline
 * with nothing answered). Runs as its own statement so it sees every committed autosave.
 */
export async function finaliseClosedAttempts(tx: Executor, attemptIds: string[]): Promise<void> {
  if (attemptIds.length === 0) return;
  await tx
    .update(AttemptItemTable)
    .set({ score: 0 })
    .where(
      and(
        inArray(AttemptItemTable.attemptId, attemptIds),
        sql`${AttemptItemTable.score} is null`,
        eq(AttemptItemTable.needsManualGrading, false),
      ),
    );
  const items = sql`(select 1 from ${AttemptItemTable} where ${AttemptItemTable.attemptId} = ${AttemptTable.id}`;
  const pending = sql`exists ${items} and ${AttemptItemTable.needsManualGrading})`;
  const answered = sql`exists ${items} and ${AttemptItemTable.response} is not null)`;
  await tx
    .update(AttemptTable)
    .set({
      score: sql`(select coalesce(sum(${AttemptItemTable.score}), 0) from ${AttemptItemTable} where ${AttemptItemTable.attemptId} = ${AttemptTable.id})`,
      state: sql`case
        when ${AttemptTable.closedBy} = 'deadline' and not ${answered} then 'abandoned'
        when ${pending} then (case when ${AttemptTable.closedBy} = 'deadline' then 'overdue' else 'submitted' end)
        else 'graded' end::attempt_state`,
      gradedAt: sql`case when ${pending} then null else now() end`,
    })
    .where(inArray(AttemptTable.id, attemptIds));
  await insertMissedQuestionCards(tx, attemptIds);
}

/**
 * Questions missed in a closed attempt become review cards — but only for tests that will show
 * the learner the correct answers, and never before they do: due tomorrow (UTC), or after the
 * close time for "after close" tests. A card that exists already (missed or starred) is kept.
 */
async function insertMissedQuestionCards(tx: Executor, attemptIds: string[]): Promise<void> {
  const close = sql`coalesce(asg.closes_at, t.closes_at)`;
  await tx.execute(
    sql`insert into ${ReviewCardTable} (user_id, course_id, question_id, source, due)
        select distinct on (a.user_id, ai.question_id) a.user_id, t.course_id, ai.question_id, 'test_miss',
          greatest(date_trunc('day', now()) + interval '1 day',
                   case when t.correct_answers_timing = 'after_close' and ${close} is not null
                        then ${close} + make_interval(secs => ${GRACE_SECONDS}) else '-infinity'::timestamptz end)
        from ${AttemptItemTable} ai
        join ${AttemptTable} a on a.id = ai.attempt_id
        join ${TestTable} t on t.id = a.test_id
        left join ${AssignmentTable} asg on asg.id = a.assignment_id
        join ${QuestionVersionTable} qv on qv.id = ai.question_version_id
        where ai.attempt_id in (${sql.join(attemptIds.map((id) => sql`${id}::uuid`), sql`, `)})
          and a.state in ('graded', 'submitted', 'overdue')
          and not ai.needs_manual_grading and ai.score is not null and ai.score < ai.points
          and qv.type <> 'essay' and t.correct_answers_timing <> 'never'
        on conflict (user_id, question_id) where question_id is not null do nothing`,
  );
}

/**
 * Closes overdue attempts with their saved answers (all of them, or one). The first
 * statement claims the rows — a concurrent submit or autosave then finds them closed.
 */
export async function closeOverdueAttempts(db: Database, attemptId?: string): Promise<string[]> {
  return db.transaction(async (tx) => {
    const closed = await tx
      .update(AttemptTable)
      .set({ state: "overdue", closedBy: "deadline", submittedAt: sql`${AttemptTable.deadlineAt}` })
      .where(
        and(
          eq(AttemptTable.state, "in_progress"),
          isNotNull(AttemptTable.deadlineAt),
          lt(sql`${AttemptTable.deadlineAt} + make_interval(secs => ${GRACE_SECONDS})`, sql`now()`),
          attemptId ? eq(AttemptTable.id, attemptId) : undefined,
        ),
      )
      .returning({ id: AttemptTable.id });
    const ids = closed.map((row) => row.id);
    await finaliseClosedAttempts(tx, ids);
    return ids;
  });
}

/** Closes one attempt if its deadline has passed; true when it did. */
export async function closeAttemptIfOverdue(db: Database, attemptId: string): Promise<boolean> {
  return (await closeOverdueAttempts(db, attemptId)).length > 0;
}
