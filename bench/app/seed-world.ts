import type pg from "pg";
import { insertChannelHistory } from "../channels/seed";

// The load benchmark's world on top of the demo content and the practice seed: every bench
// learner (the practice seed's "other learners" and its heavy learner) is enrolled in the demo
// course and the bench course and is a member of the demo class; learners have review cards
// from their misses, open test attempts, and the demo class's #general holds a long history.
// Bulk SQL on one connection, in one transaction.

export const DEMO_COURSE_SLUG = "probability-and-statistics";
export const DEMO_CLASS_JOIN_CODE = "STATS-AUTUMN";
export const DEMO_LESSON_SLUG = "conditional-probability-and-independence";
export const BENCH_TEST_TITLE = "Bench quiz";
const QUESTIONS_PER_TEST = 10;

export type WorldSize = {
  /** Top-level messages in the demo class's #general, and thread replies on its latest ones. */
  messages: number;
  replies: number;
  /** Open attempts per learner, one per bench test (submits need a fresh one each). */
  testsPerLearner: number;
};

export type World = {
  demoCourseId: string;
  benchCourseId: string;
  classId: string;
  generalChannelId: string;
  /** Every learner the load rotates over (heavy learner included), ordered by external id. */
  learnerIds: string[];
  heavyLearnerId: string;
  lesson: { slug: string; title: string };
  /** One recent message time: `?since=` of the channel poll. */
  pollSince: string;
  newestMessageId: number;
  testIds: string[];
};

export async function seedWorld(client: pg.Client, input: { benchCourseSlug: string; heavyLearnerId: string; size: WorldSize }): Promise<World> {
  const q = (text: string, values: unknown[] = []) => client.query(text, values);
  const one = async <T>(text: string, values: unknown[] = []) => {
    const row = (await q(text, values)).rows[0] as T | undefined;
    if (!row) throw new Error(`bench world seed: no row for ${text.slice(0, 80)}`);
    return row;
  };
  await q("begin");
  await q("select setseed(0.24)");
  const demo = await one<{ id: string; owner_id: string }>(`select id, owner_id from courses where slug = $1`, [DEMO_COURSE_SLUG]);
  const bench = await one<{ id: string; owner_id: string }>(`select id, owner_id from courses where slug = $1`, [input.benchCourseSlug]);
  const demoClass = await one<{ id: string; teacher_id: string }>(`select id, teacher_id from classes where join_code = $1`, [DEMO_CLASS_JOIN_CODE]);
  const general = await one<{ id: string }>(`select id from channels where class_id = $1 and kind = 'general'`, [demoClass.id]);
  const lesson = await one<{ slug: string; title: string }>(`select slug, title from lessons where course_id = $1 and slug = $2`, [demo.id, DEMO_LESSON_SLUG]);
  const learners = await q(`select id from users where external_id like 'bench-u%' or id = $1 order by external_id`, [input.heavyLearnerId]);
  const learnerIds = learners.rows.map((row: { id: string }) => row.id);

  // Enrolled in both courses, members of the demo class (whose tests are assigned to them).
  await q(`insert into enrolments (user_id, course_id) select u, c from unnest($1::uuid[]) u cross join unnest($2::uuid[]) c on conflict do nothing`, [
    learnerIds,
    [demo.id, bench.id],
  ]);
  await q(`insert into class_members (class_id, user_id, role) select $1, u, 'learner' from unnest($2::uuid[]) u on conflict do nothing`, [demoClass.id, learnerIds]);

  // Everyone's missed practice questions become review cards, some overdue, most due over the next month.
  await q(
    `insert into review_cards (user_id, course_id, question_id, source, due)
     select distinct on (user_id, question_id) user_id, course_id, question_id, 'practice_miss', now() - interval '5 days' + random() * interval '35 days'
     from practice_items where user_id = any($1) and user_id <> $2 and correct = false
     on conflict do nothing`,
    [learnerIds, input.heavyLearnerId],
  );

  // Bench tests: ten fixed questions each, no shuffling, two hours, feedback after submitting.
  const tests = await q(
    `insert into tests (course_id, author_id, title, description, time_limit_seconds, attempts_allowed, feedback_timing, correct_answers_timing, ai_grading, published_at)
     select $1, $2, format('%s %s', $3::text, n), 'Ten questions from the certification bank.', 7200, null, 'after_submit', 'after_submit', 'off', now()
     from generate_series(1, $4::int) n returning id`,
    [bench.id, bench.owner_id, BENCH_TEST_TITLE, input.size.testsPerLearner],
  );
  const testIds = tests.rows.map((row: { id: string }) => row.id);
  await q(
    `with bank as (
       select q.id, row_number() over (order by q.id) as k from questions q
       join question_versions qv on qv.question_id = q.id and qv.version = q.latest_version
       where q.course_id = $1 and q.archived_at is null and qv.type <> 'essay'
     ), numbered as (select id, row_number() over (order by id) - 1 as t from unnest($2::uuid[]) id)
     insert into test_items (test_id, position, question_id, points)
     select n.id, p, b.id, 1 from numbered n cross join generate_series(1, $3::int) p join bank b on b.k = n.t * $3::int + p`,
    [bench.id, testIds, QUESTIONS_PER_TEST],
  );
  // What startAttempt writes for such a test (src/features/attempts/db-start.ts): attempt number 1,
  // a deadline at start + limit, each line's question at its latest version, options in the author's order.
  await q(
    `insert into attempts (test_id, user_id, attempt_number, state, started_at, deadline_at, max_score)
     select t, u, 1, 'in_progress', now() - interval '5 minutes', now() - interval '5 minutes' + interval '7200 seconds', $3
     from unnest($1::uuid[]) t cross join unnest($2::uuid[]) u`,
    [testIds, learnerIds, QUESTIONS_PER_TEST],
  );
  await q(
    `insert into attempt_items (attempt_id, slot, question_id, question_version_id, test_item_position, points, option_order)
     select a.id, ti.position, q.id, qv.id, ti.position, ti.points,
       case when qv.type in ('single_choice', 'multiple_choice') then (select jsonb_agg(o->'id') from jsonb_array_elements(qv.body->'options') o) end
     from attempts a join test_items ti on ti.test_id = a.test_id
     join questions q on q.id = ti.question_id join question_versions qv on qv.question_id = q.id and qv.version = q.latest_version
     where a.test_id = any($1)`,
    [testIds],
  );

  // The demo class's #general: a long history by its members, and read state at different points.
  const authors = [demoClass.teacher_id, ...learnerIds];
  const { newestMessageId } = await insertChannelHistory(client, { channelId: general.id, authorIds: authors, messages: input.size.messages, replies: input.size.replies, replyTimes: "spread" });
  await q(
    `insert into channel_reads (channel_id, user_id, last_read_message_id)
     select $1, u, greatest(0, $3::bigint - (k * 37) % 400) from unnest($2::uuid[]) with ordinality x(u, k)
     on conflict (channel_id, user_id) do update set last_read_message_id = excluded.last_read_message_id`,
    [general.id, learnerIds, newestMessageId],
  );
  // A poll that has been away for two and a half minutes: a few new messages and their replies.
  const since = await one<{ since: Date }>(`select max(created_at) - interval '150 seconds' as since from channel_messages where channel_id = $1`, [general.id]);
  await q("commit");
  await q("vacuum analyze");
  return {
    demoCourseId: demo.id,
    benchCourseId: bench.id,
    classId: demoClass.id,
    generalChannelId: general.id,
    learnerIds,
    heavyLearnerId: input.heavyLearnerId,
    lesson,
    pollSince: since.since.toISOString(),
    newestMessageId,
    testIds,
  };
}
