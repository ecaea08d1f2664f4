import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database, Transaction } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import {
  AttemptItemTable,
  AttemptTable,
  LearnerCourseSkillTable,
  LearnerTopicSkillTable,
  PracticeItemTable,
  QuestionDifficultyTable,
  QuestionTable,
  QuestionTopicTable,
  QuestionVersionTable,
  TopicTable,
  type PracticeMode,
} from "@/drizzle/schema";
import type { QuestionBody } from "@/features/questions/schemas";
import { presentQuestion } from "@/features/attempts/lib/present";
import { masteryLevel } from "./lib/elo";
import { MAX_HOLD_BACK, TARGET_SUCCESS, type Candidate, type TopicState } from "./lib/select";
import { practisableQuestionSql } from "./db-topics";
import type { ServedQuestion } from "./types";

/** How many of the learner's latest served questions count as "recent". */
const RECENT_WINDOW = 20;
const CANDIDATE_LIMIT = 40;

type CandidateRow = { question_id: string; version_id: string; guess: number; difficulty: number; recency: number | null; pool_size: number };

/**
 * The questions of a topic the learner could be served, best-fitting first, at most 40: the
 * target-success ordering happens in the database so a 10,000-question bank never travels to
 * the app. Recently served questions sort last; questions of the learner's open test attempts
 * are left out (practice shows answers at once).
 */
export async function selectCandidates(
  db: Database,
  learnerId: string,
  courseId: string,
  topicId: string,
  skill: number,
  target: number = TARGET_SUCCESS,
): Promise<{ candidates: Candidate[]; poolSize: number }> {
  const rows = await selectRows<CandidateRow>(
    db,
    sql`with recent as (
          select question_id, min(rn) as recency from (
            select question_id, row_number() over (order by served_at desc) as rn
            from ${PracticeItemTable}
            where user_id = ${learnerId} and course_id = ${courseId}
            order by served_at desc limit ${RECENT_WINDOW}) latest
          group by question_id
        ), blocked as (
          select ai.question_id from ${AttemptItemTable} ai
          join ${AttemptTable} a on a.id = ai.attempt_id
          where a.user_id = ${learnerId} and a.state = 'in_progress'
        ), pool as (
          select q.id as question_id, qv.id as version_id, qv.guess_chance as guess, coalesce(d.value, 0) as difficulty
          from ${QuestionTopicTable} qt
          join ${QuestionTable} q on q.id = qt.question_id
          join ${QuestionVersionTable} qv on qv.question_id = q.id and qv.version = q.latest_version
          left join ${QuestionDifficultyTable} d on d.question_id = q.id
          where qt.topic_id = ${topicId} and ${practisableQuestionSql}
            and not exists (select 1 from blocked b where b.question_id = q.id)
        )
        select p.question_id, p.version_id, p.guess, p.difficulty, r.recency::int as recency, (count(*) over ())::int as pool_size
        from pool p left join recent r on r.question_id = p.question_id
        order by coalesce(r.recency <= ${MAX_HOLD_BACK}, false),
          abs(p.guess + (1 - p.guess) / (1 + exp(least(greatest(p.difficulty - ${skill}::float8, -50), 50))) - ${target}::float8)
        limit ${CANDIDATE_LIMIT}`,
  );
  return {
    poolSize: Number(rows[0]?.pool_size ?? 0),
    candidates: rows.map((row) => ({
      questionId: row.question_id,
      versionId: row.version_id,
      guess: Number(row.guess),
      difficulty: Number(row.difficulty),
      recency: row.recency === null ? null : Number(row.recency),
    })),
  };
}

/** The learner-visible question, options in the author's order (some lists are ordered on purpose). */
export function presentServed(body: QuestionBody): ServedQuestion["question"] {
  return presentQuestion(body, null);
}

/** Makes sure the learner-model rows an answer will update exist, so answering only locks and updates. */
async function ensureModelRows(tx: Transaction, learnerId: string, courseId: string, topicId: string, questionId: string) {
  await tx.execute(
    sql`with course_skill as (
          insert into ${LearnerCourseSkillTable} (user_id, course_id) values (${learnerId}, ${courseId}) on conflict do nothing
        ), topic_skill as (
          insert into ${LearnerTopicSkillTable} (user_id, topic_id, course_id) values (${learnerId}, ${topicId}, ${courseId}) on conflict do nothing
        )
        insert into ${QuestionDifficultyTable} (question_id) values (${questionId}) on conflict do nothing`,
  );
}

export type ServeRequest = {
  learnerId: string;
  courseId: string;
  mode: PracticeMode;
  topic: TopicState;
  requestedTopicId: string | null;
  reason: ServedQuestion["reason"];
  candidate: Candidate;
  placementId?: string | null;
};

/**
 * Serves a question: any open question of this learner, course and mode is skipped, the new one
 * inserted. Concurrent serves meet on the one-open-item unique index; the loser gets the
 * winner's item. Returns the open item's id.
 */
export async function insertServedItem(db: Database, request: ServeRequest): Promise<string> {
  return db.transaction(async (tx) => {
    await tx
      .update(PracticeItemTable)
      .set({ skippedAt: sql`now()` })
      .where(
        and(
          eq(PracticeItemTable.userId, request.learnerId),
          eq(PracticeItemTable.courseId, request.courseId),
          eq(PracticeItemTable.mode, request.mode),
          isNull(PracticeItemTable.answeredAt),
          isNull(PracticeItemTable.skippedAt),
        ),
      );
    const [inserted] = await tx
      .insert(PracticeItemTable)
      .values({
        userId: request.learnerId,
        courseId: request.courseId,
        topicId: request.topic.topicId,
        requestedTopicId: request.requestedTopicId,
        questionId: request.candidate.questionId,
        questionVersionId: request.candidate.versionId,
        mode: request.mode,
        placementId: request.placementId ?? null,
        reason: request.reason,
      })
      .onConflictDoNothing()
      .returning({ id: PracticeItemTable.id });
    await ensureModelRows(tx, request.learnerId, request.courseId, request.topic.topicId, request.candidate.questionId);
    if (inserted) return inserted.id;
    const open = await selectOpenItemId(tx, request.learnerId, request.courseId, request.mode);
    if (!open) throw new Error("a concurrent serve left no open practice item");
    return open;
  });
}

async function selectOpenItemId(tx: Database | Transaction, learnerId: string, courseId: string, mode: PracticeMode): Promise<string | null> {
  const [row] = await tx
    .select({ id: PracticeItemTable.id })
    .from(PracticeItemTable)
    .where(
      and(
        eq(PracticeItemTable.userId, learnerId),
        eq(PracticeItemTable.courseId, courseId),
        eq(PracticeItemTable.mode, mode),
        isNull(PracticeItemTable.answeredAt),
        isNull(PracticeItemTable.skippedAt),
      ),
    )
    .limit(1);
  return row?.id ?? null;
}

type OpenItemRow = {
  id: string;
  mode: PracticeMode;
  reason: ServedQuestion["reason"];
  served_at: Date | string;
  body: QuestionBody;
  topic_slug: string;
  topic_name: string;
  requested_topic_id: string | null;
  offset: number | null;
  count: number | null;
  course_value: number | null;
};

/** The learner's open (served, unanswered) question in a course and mode, ready for the browser. */
export async function selectOpenServedQuestion(db: Database, learnerId: string, courseId: string, mode: PracticeMode): Promise<(ServedQuestion & { requestedTopicId: string | null }) | null> {
  const [row] = await selectRows<OpenItemRow>(
    db,
    sql`select pi.id, pi.mode, pi.reason, pi.served_at, qv.body, t.slug as topic_slug, t.name as topic_name, pi.requested_topic_id,
          s.value as "offset", s.count, cs.value as course_value
        from ${PracticeItemTable} pi
        join ${QuestionVersionTable} qv on qv.id = pi.question_version_id
        join ${TopicTable} t on t.id = pi.topic_id
        left join ${LearnerTopicSkillTable} s on s.user_id = pi.user_id and s.topic_id = pi.topic_id
        left join ${LearnerCourseSkillTable} cs on cs.user_id = pi.user_id and cs.course_id = pi.course_id
        where pi.user_id = ${learnerId} and pi.course_id = ${courseId} and pi.mode = ${mode}
          and pi.answered_at is null and pi.skipped_at is null
        limit 1`,
  );
  if (!row) return null;
  const skill = { value: Number(row.course_value ?? 0) + Number(row.offset ?? 0), count: Number(row.count ?? 0) };
  return {
    itemId: row.id,
    mode: row.mode,
    reason: row.reason,
    servedAt: new Date(row.served_at).toISOString(),
    topic: { slug: row.topic_slug, name: row.topic_name, level: masteryLevel(skill) },
    question: presentServed(row.body),
    requestedTopicId: row.requested_topic_id,
  };
}
