import type pg from "pg";
import { answerInputFor, type AnswerInput, type QuestionBodyLike } from "./answers";

// Open (served, unanswered) practice questions for the answer benchmark. Each answer needs one:
// answering the same item again only replays its verdict. Before each answer phase the pool is
// topped up the way servePracticeQuestion leaves it (src/features/practice/db-serve.ts): one open
// item per learner and course, and the learner-model rows the answer will lock and update.

export type OpenItem = { itemId: string; userId: string; courseSlug: string; answer: AnswerInput };

/** Gives every (learner, course) without an open practice item a served one; returns how many were served. */
export async function topUpOpenItems(client: pg.Client, learnerIds: readonly string[], courseIds: readonly string[]): Promise<number> {
  const served = await client.query(
    `with bank as (
       select q.course_id, q.id as question_id, qv.id as version_id,
         (select qt.topic_id from question_topics qt where qt.question_id = q.id order by qt.topic_id limit 1) as topic_id,
         row_number() over (partition by q.course_id order by q.id) - 1 as k, count(*) over (partition by q.course_id) as n
       from questions q join question_versions qv on qv.question_id = q.id and qv.version = q.latest_version
       where q.course_id = any($2::uuid[]) and q.archived_at is null and qv.type in ('single_choice', 'true_false', 'numeric', 'multiple_choice')
     ), wanted as (
       select u as user_id, c as course_id, floor(random() * 1e9)::bigint as r
       from unnest($1::uuid[]) u cross join unnest($2::uuid[]) c
       where not exists (select 1 from practice_items pi where pi.user_id = u and pi.course_id = c and pi.mode = 'practice' and pi.answered_at is null and pi.skipped_at is null)
     )
     insert into practice_items (user_id, course_id, topic_id, requested_topic_id, question_id, question_version_id, mode, reason)
     select w.user_id, w.course_id, b.topic_id, null, b.question_id, b.version_id, 'practice', 'target'
     from wanted w join bank b on b.course_id = w.course_id and b.k = w.r % b.n and b.topic_id is not null
     on conflict do nothing`,
    [learnerIds, courseIds],
  );
  await client.query(
    `with open as (
       select user_id, course_id, topic_id, question_id from practice_items
       where user_id = any($1::uuid[]) and mode = 'practice' and answered_at is null and skipped_at is null
     ), course_skill as (
       insert into learner_course_skills (user_id, course_id) select distinct user_id, course_id from open on conflict do nothing
     ), topic_skill as (
       insert into learner_topic_skills (user_id, topic_id, course_id) select distinct user_id, topic_id, course_id from open on conflict do nothing
     )
     insert into question_difficulties (question_id) select distinct question_id from open on conflict do nothing`,
    [learnerIds],
  );
  return served.rowCount ?? 0;
}

/** The open items of these learners with the answer each will send (alternately right and wrong). */
export async function selectOpenItems(client: pg.Client, learnerIds: readonly string[]): Promise<OpenItem[]> {
  const { rows } = await client.query<{ id: string; user_id: string; slug: string; body: QuestionBodyLike }>(
    `select pi.id, pi.user_id, c.slug, qv.body from practice_items pi
     join courses c on c.id = pi.course_id join question_versions qv on qv.id = pi.question_version_id
     where pi.user_id = any($1::uuid[]) and pi.mode = 'practice' and pi.answered_at is null and pi.skipped_at is null
     order by pi.user_id, c.slug`,
    [learnerIds],
  );
  return rows.map((row, index) => ({ itemId: row.id, userId: row.user_id, courseSlug: row.slug, answer: answerInputFor(row.body, index % 3 !== 2) }));
}
