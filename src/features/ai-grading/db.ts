import "server-only";
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import { AppError } from "@/lib/errors";
import { AiGradeTable, AttemptItemTable, AttemptTable, GradeEventTable, QuestionVersionTable, TestTable, type AiGradingPolicy, type User } from "@/drizzle/schema";

import { attemptGradableBy, retotalAttempts } from "@/features/attempts/db-grading";
import { insertGradeReleasedNotifications } from "@/features/notifications/db-producers";
import { formatGradeFeedback, type Rubric, type ValidGrade } from "./lib/grade-output";
import { shortTextRubric } from "./lib/short-text";

export type AiGradingWork = {
  attemptId: string;
  slot: number;
  points: number;
  questionVersionId: string;
  /** essay: a mark the teacher would give; short_text: a second look at an answer the exact match marked wrong. */
  kind: "essay" | "short_text";
  stem: string;
  rubric: Rubric;
  answer: string;
  policy: AiGradingPolicy;
  /** The test's author: AI grading is charged to their budget. */
  authorId: string;
};

/** Refuses (NOT_FOUND, as for a missing attempt) a teacher who may not grade this attempt. */
export async function assertAttemptGradable(teacher: Pick<User, "id" | "role">, attemptId: string): Promise<void> {
  const db = await getDb();
  const [attempt] = await db
    .select({ id: AttemptTable.id })
    .from(AttemptTable)
    .where(and(eq(AttemptTable.id, attemptId), attemptGradableBy(db, teacher)));
  if (!attempt) throw new AppError("NOT_FOUND", "That attempt does not exist or you cannot grade it.");
}

/**
 * What AI may grade in a closed attempt, on tests whose policy lets it: essays waiting for a
 * mark, and short answers the exact match marked wrong (worded differently, a spelling slip)
 * that no teacher has marked. Slots with an AI grade already are skipped, except that a teacher
 * may have a queued one redone. Without a teacher it is the background job after a submit.
 */
export async function selectAiGradingWork(attemptId: string, teacher?: Pick<User, "id" | "role">): Promise<AiGradingWork[]> {
  const db = await getDb();
  const rows = await db
    .select({
      attemptId: AttemptItemTable.attemptId,
      slot: AttemptItemTable.slot,
      points: AttemptItemTable.points,
      questionVersionId: AttemptItemTable.questionVersionId,
      body: QuestionVersionTable.body,
      response: AttemptItemTable.response,
      policy: TestTable.aiGrading,
      authorId: TestTable.authorId,
      aiStatus: AiGradeTable.status,
    })
    .from(AttemptItemTable)
    .innerJoin(AttemptTable, eq(AttemptTable.id, AttemptItemTable.attemptId))
    .innerJoin(TestTable, eq(TestTable.id, AttemptTable.testId))
    .innerJoin(QuestionVersionTable, eq(QuestionVersionTable.id, AttemptItemTable.questionVersionId))
    .leftJoin(AiGradeTable, and(eq(AiGradeTable.attemptId, AttemptItemTable.attemptId), eq(AiGradeTable.slot, AttemptItemTable.slot)))
    .where(
      and(
        eq(AttemptItemTable.attemptId, attemptId),
        or(
          and(eq(AttemptItemTable.needsManualGrading, true), inArray(AttemptTable.state, ["submitted", "overdue"])),
          and(
            eq(QuestionVersionTable.type, "short_text"),
            eq(AttemptItemTable.score, 0),
            isNull(AttemptItemTable.gradedBy),
            inArray(AttemptTable.state, ["submitted", "overdue", "graded"]),
          ),
        ),
        sql`${TestTable.aiGrading} <> 'off'`,
        teacher ? attemptGradableBy(db, teacher) : undefined,
      ),
    )
    .orderBy(AttemptItemTable.slot);
  return rows.flatMap((row): AiGradingWork[] => {
    if (row.aiStatus && !(teacher && row.aiStatus === "queued")) return [];
    const answer = typeof row.response === "object" && row.response !== null && "text" in row.response ? String(row.response.text) : "";
    if (!answer.trim()) return [];
    const common = { attemptId: row.attemptId, slot: row.slot, points: row.points, questionVersionId: row.questionVersionId, stem: row.body.stem, answer, policy: row.policy, authorId: row.authorId };
    if (row.body.type === "essay") return [{ ...common, kind: "essay", rubric: row.body.rubric }];
    if (row.body.type === "short_text") return [{ ...common, kind: "short_text", rubric: shortTextRubric(row.body.acceptedAnswers) }];
    return [];
  });
}

/**
 * Stores a validated AI grade. Released grades mark the slot (source "ai" in grade_events) and
 * re-total the attempt in the same transaction, notifying the learner once it is graded; a slot
 * a teacher has marked meanwhile, or a decided AI grade, is never overwritten. A short answer
 * the AI also finds wrong stores nothing: the exact match stands.
 */
export async function storeAiGrade(work: AiGradingWork, grade: ValidGrade, model: string, release: boolean): Promise<"released" | "queued" | "skipped"> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [item] = await tx
      .select({ needsManualGrading: AttemptItemTable.needsManualGrading, versionId: AttemptItemTable.questionVersionId, score: AttemptItemTable.score, gradedBy: AttemptItemTable.gradedBy })
      .from(AttemptItemTable)
      .innerJoin(AttemptTable, eq(AttemptTable.id, AttemptItemTable.attemptId))
      .where(and(eq(AttemptItemTable.attemptId, work.attemptId), eq(AttemptItemTable.slot, work.slot)))
      .for("update", { of: AttemptTable });
    if (!item || item.versionId !== work.questionVersionId) return "skipped";
    const stillOpen = work.kind === "essay" ? item.needsManualGrading : item.score === 0 && item.gradedBy === null && grade.score > 0;
    if (!stillOpen) return "skipped";
    const status = release ? "released" : "queued";
    const fields = { score: grade.score, maxScore: grade.maxScore, criteria: grade.criteria, summary: grade.summary, confidence: grade.confidence, model, status } as const;
    const stored = await tx
      .insert(AiGradeTable)
      .values({ attemptId: work.attemptId, slot: work.slot, questionVersionId: work.questionVersionId, ...fields })
      .onConflictDoUpdate({ target: [AiGradeTable.attemptId, AiGradeTable.slot], set: { ...fields, updatedAt: new Date() }, setWhere: sql`${AiGradeTable.status} = 'queued'` })
      .returning({ id: AiGradeTable.id });
    if (stored.length === 0) return "skipped";
    if (!release) return "queued";
    await tx
      .update(AttemptItemTable)
      .set({ score: grade.score, feedback: formatGradeFeedback(grade), needsManualGrading: false, gradedBy: null, gradedAt: new Date() })
      .where(and(eq(AttemptItemTable.attemptId, work.attemptId), eq(AttemptItemTable.slot, work.slot)));
    await tx.insert(GradeEventTable).values({ attemptId: work.attemptId, slot: work.slot, source: "ai", score: grade.score, previousScore: item.score, feedback: formatGradeFeedback(grade) });
    await retotalAttempts(tx, [work.attemptId]);
    await insertGradeReleasedNotifications(tx, [work.attemptId]);
    return "released";
  });
}

export type AiGradeView = { slot: number; score: number; maxScore: number; confidence: number; summary: string; status: string; criteria: ValidGrade["criteria"] };

/** AI grades of the attempts in a teacher's grading queue (keyed "attemptId:slot"). */
export async function selectAiGradesForAttempts(teacher: Pick<User, "id" | "role">, attemptIds: string[]): Promise<Map<string, AiGradeView>> {
  if (attemptIds.length === 0) return new Map();
  const db = await getDb();
  const rows = await db
    .select({
      attemptId: AiGradeTable.attemptId,
      slot: AiGradeTable.slot,
      score: AiGradeTable.score,
      maxScore: AiGradeTable.maxScore,
      confidence: AiGradeTable.confidence,
      summary: AiGradeTable.summary,
      status: AiGradeTable.status,
      criteria: AiGradeTable.criteria,
    })
    .from(AiGradeTable)
    .innerJoin(AttemptTable, eq(AttemptTable.id, AiGradeTable.attemptId))
    .where(and(inArray(AiGradeTable.attemptId, attemptIds), attemptGradableBy(db, teacher)));
  return new Map(rows.map((row) => [`${row.attemptId}:${row.slot}`, row]));
}

/** The test's AI grading policy, for its author's settings form. */
export async function updateTestAiGrading(author: Pick<User, "id" | "role">, testId: string, policy: AiGradingPolicy): Promise<boolean> {
  const db = await getDb();
  const updated = await db
    .update(TestTable)
    .set({ aiGrading: policy })
    .where(and(eq(TestTable.id, testId), author.role === "admin" ? undefined : eq(TestTable.authorId, author.id)))
    .returning({ id: TestTable.id });
  return updated.length > 0;
}
