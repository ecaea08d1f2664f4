import "server-only";
import { randomInt } from "node:crypto";
import { and, asc, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import { getDb, type Database } from "@/drizzle/db";
import {
  AttemptItemTable,
  AttemptTable,
  QuestionTable,
  QuestionTopicTable,
  QuestionVersionTable,
  TestItemTable,
  type QuestionVersion,
  type Test,
  type User,
} from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { attemptDeadline } from "@/features/tests/lib/deadline";
import { deriveSeed, drawRandom, seededShuffle } from "@/features/tests/lib/shuffle";
import { assertWindowOpen, selectTestForLearner } from "./db-access";
import { closeAttemptIfOverdue } from "./db-close";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

type PlannedItem = { version: Pick<QuestionVersion, "id" | "questionId" | "body">; points: number; testItemPosition: number };

/** The questions an attempt shows: chosen ones at their latest version, plus random draws per topic. */
async function planAttemptItems(tx: Tx, test: Test, seed: number): Promise<PlannedItem[]> {
  const lines = await tx.select().from(TestItemTable).where(eq(TestItemTable.testId, test.id)).orderBy(asc(TestItemTable.position));
  const chosenIds = lines.flatMap((line) => (line.questionId ? [line.questionId] : []));
  const latest = (where: ReturnType<typeof and>) =>
    tx
      .select({ id: QuestionVersionTable.id, questionId: QuestionVersionTable.questionId, body: QuestionVersionTable.body })
      .from(QuestionVersionTable)
      .innerJoin(QuestionTable, and(eq(QuestionTable.id, QuestionVersionTable.questionId), eq(QuestionTable.latestVersion, QuestionVersionTable.version)))
      .where(where)
      // Pins the versions: an edit of one of them waits for this attempt to exist, then sees it was shown.
      .for("share", { of: QuestionVersionTable });
  const chosen = chosenIds.length > 0 ? await latest(inArray(QuestionTable.id, chosenIds)) : [];
  const chosenById = new Map(chosen.map((version) => [version.questionId, version]));
  const used = new Set(chosenIds);
  const planned: PlannedItem[] = [];
  for (const line of lines) {
    if (line.questionId) {
      const version = chosenById.get(line.questionId);
      if (version) planned.push({ version, points: line.points, testItemPosition: line.position });
      continue;
    }
    if (!line.topicId) continue;
    const pool = await latest(
      and(
        eq(QuestionTable.courseId, test.courseId),
        isNull(QuestionTable.archivedAt),
        inArray(QuestionTable.id, tx.select({ id: QuestionTopicTable.questionId }).from(QuestionTopicTable).where(eq(QuestionTopicTable.topicId, line.topicId))),
        used.size > 0 ? notInArray(QuestionTable.id, [...used]) : undefined,
      ),
    );
    pool.sort((a, b) => a.questionId.localeCompare(b.questionId));
    for (const version of drawRandom(pool, line.drawCount, deriveSeed(seed, `draw:${line.position}`))) {
      used.add(version.questionId);
      planned.push({ version, points: line.points, testItemPosition: line.position });
    }
  }
  return test.shuffleQuestions ? seededShuffle(planned, seed) : planned;
}

function optionOrderOf(item: PlannedItem, shuffle: boolean, seed: number): string[] | null {
  const body = item.version.body;
  if (body.type !== "single_choice" && body.type !== "multiple_choice") return null;
  const ids = body.options.map((option) => option.id);
  return shuffle ? seededShuffle(ids, seed) : ids;
}

/**
 * Starts an attempt, or resumes the learner's open one. The attempt number comes from the
 * rows already there and the (test, user, number) key lets exactly one concurrent start
 * through, so attempts allowed cannot be exceeded; the losers resume the winner's attempt.
 */
export async function startAttempt(learner: User, testId: string, assignmentId: string | null): Promise<{ attemptId: string; resumed: boolean }> {
  const db = await getDb();
  const { test, assignmentId: resolvedAssignment, window } = await selectTestForLearner(db, learner, testId, assignmentId);
  const open = await selectOpenAttempt(db, learner.id, test.id);
  if (open && !(await closeAttemptIfOverdue(db, open.id))) return { attemptId: open.id, resumed: true };

  const now = new Date();
  assertWindowOpen(window, now);
  const seed = randomInt(0, 2 ** 31);
  const created = await db.transaction(async (tx) => {
    const items = await planAttemptItems(tx, test, seed);
    if (items.length === 0) throw new AppError("CONFLICT", "This test has no questions yet.");
    const deadline = attemptDeadline({ startedAt: now, timeLimitSeconds: test.timeLimitSeconds, closesAt: window.closesAt });
    const maxScore = items.reduce((sum, item) => sum + item.points, 0);
    // INSERT … SELECT lists every column in table order (Drizzle requires it).
    const taken = tx
      .select({
        id: sql`gen_random_uuid()`.as("id"),
        testId: sql`${test.id}::uuid`.as("test_id"),
        assignmentId: sql`${resolvedAssignment}::uuid`.as("assignment_id"),
        userId: sql`${learner.id}::uuid`.as("user_id"),
        attemptNumber: sql`coalesce(max(${AttemptTable.attemptNumber}), 0) + 1`.as("attempt_number"),
        state: sql`'in_progress'::attempt_state`.as("state"),
        startedAt: sql`${now.toISOString()}::timestamptz`.as("started_at"),
        deadlineAt: sql`${deadline?.toISOString() ?? null}::timestamptz`.as("deadline_at"),
        submittedAt: sql`null::timestamptz`.as("submitted_at"),
        closedBy: sql`null::attempt_closer`.as("closed_by"),
        gradedAt: sql`null::timestamptz`.as("graded_at"),
        score: sql`null::double precision`.as("score"),
        maxScore: sql`${maxScore}::double precision`.as("max_score"),
        lastSavedAt: sql`null::timestamptz`.as("last_saved_at"),
      })
      .from(AttemptTable)
      .where(and(eq(AttemptTable.testId, test.id), eq(AttemptTable.userId, learner.id)))
      .having(test.attemptsAllowed === null ? undefined : sql`coalesce(max(${AttemptTable.attemptNumber}), 0) < ${test.attemptsAllowed}`);
    const [attempt] = await tx.insert(AttemptTable).select(taken).onConflictDoNothing().returning({ id: AttemptTable.id });
    if (!attempt) return null;
    await tx.insert(AttemptItemTable).values(
      items.map((item, index) => ({
        attemptId: attempt.id,
        slot: index + 1,
        questionId: item.version.questionId,
        questionVersionId: item.version.id,
        testItemPosition: item.testItemPosition,
        points: item.points,
        optionOrder: optionOrderOf(item, test.shuffleOptions, deriveSeed(seed, `options:${index + 1}`)),
      })),
    );
    return attempt.id;
  });
  if (created) return { attemptId: created, resumed: false };

  // Another request started one at the same moment (resume it), or no attempts are left.
  const winner = await selectOpenAttempt(db, learner.id, test.id);
  if (winner) return { attemptId: winner.id, resumed: true };
  throw new AppError("CONFLICT", `You have used all ${test.attemptsAllowed} attempt${test.attemptsAllowed === 1 ? "" : "s"} at this test.`);
}

async function selectOpenAttempt(db: Database, userId: string, testId: string) {
  const [row] = await db
    .select({ id: AttemptTable.id })
    .from(AttemptTable)
    .where(and(eq(AttemptTable.testId, testId), eq(AttemptTable.userId, userId), eq(AttemptTable.state, "in_progress")))
    .limit(1);
  return row ?? null;
}
