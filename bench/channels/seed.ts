import type pg from "pg";

export type ChannelBenchSize = {
  /** Top-level messages in the channel under test. */
  messages: number;
  /** Thread replies in that channel, spread over its most recent 2,000 messages. */
  replies: number;
  learners: number;
  /** Other classes, each with a general channel of this many messages (so the table is not one channel). */
  otherClasses: number;
  otherMessagesEach: number;
};

export type ChannelSeeded = {
  classId: string;
  channelId: string;
  teacherId: string;
  /** Readers at three points of the channel: read up to the newest message, 30 behind, never opened it. */
  caughtUpId: string;
  behindId: string;
  neverReadId: string;
  newestMessageId: number;
  oldestMessageId: number;
};

/** One class with a busy general channel, read state for three learners, and other classes around it. Bulk SQL on one connection. */
export async function seedChannelBench(client: pg.Client, size: ChannelBenchSize): Promise<ChannelSeeded> {
  const q = (text: string, values: unknown[] = []) => client.query(text, values);
  const one = async <T>(text: string, values: unknown[] = []) => (await q(text, values)).rows[0] as T;
  await q("begin");
  await q("select setseed(0.42)");
  const { id: teacherId } = await one<{ id: string }>(
    `insert into users (auth_provider, external_id, email, name, role) values ('dev', 'bench-teacher', 'bench-teacher@example.test', 'Bench teacher', 'teacher') returning id`,
  );
  await q(
    `insert into users (auth_provider, external_id, email, name)
     select 'dev', format('bench-learner-%s', n), format('bench-learner-%s@example.test', n), format('Learner %s', n) from generate_series(1, $1::int) n`,
    [size.learners],
  );
  const { id: courseId } = await one<{ id: string }>(
    `insert into courses (slug, title, owner_id, visibility, published_at) values ('bench-channels', 'Channels (bench)', $1, 'public', now()) returning id`,
    [teacherId],
  );
  // The class under test is class 0; classes 1..otherClasses surround it.
  await q(
    `insert into classes (course_id, teacher_id, name, join_code)
     select $1, $2, format('Bench class %s', n), format('BENCH%s', lpad(n::text, 3, '0')) from generate_series(0, $3::int) n`,
    [courseId, teacherId, size.otherClasses],
  );
  const { id: classId } = await one<{ id: string }>(`select id from classes where join_code = 'BENCH000'`);
  await q(`insert into class_members (class_id, user_id, role) select id, $1, 'teacher' from classes where course_id = $2`, [teacherId, courseId]);
  await q(
    `insert into class_members (class_id, user_id) select c.id, u.id from classes c cross join users u where c.course_id = $1 and u.external_id like 'bench-learner-%'`,
    [courseId],
  );
  await q(
    `insert into channels (class_id, name, kind, posting, created_by)
     select id, 'general', 'general'::channel_kind, 'everyone'::channel_poster, $1::uuid from classes where course_id = $2
     union all select id, 'announcements', 'announcements'::channel_kind, 'teachers'::channel_poster, $1::uuid from classes where course_id = $2`,
    [teacherId, courseId],
  );
  const { id: channelId } = await one<{ id: string }>(`select id from channels where class_id = $1 and kind = 'general'`, [classId]);

  // Other classes' messages first, so the channel under test holds the newest ids (its worst case for "latest page" is no better than here).
  await q(
    `insert into channel_messages (channel_id, author_id, body, created_at, updated_at)
     select ch.id, $1, format('Other class message %s', n), now() - interval '200 days' + n * interval '1 minute', now() - interval '200 days' + n * interval '1 minute'
     from channels ch join classes c on c.id = ch.class_id, generate_series(1, $2::int) n
     where c.course_id = $3 and c.id <> $4 and ch.kind = 'general'`,
    [teacherId, size.otherMessagesEach, courseId, classId],
  );
  // The channel under test: messages in time order, authors round-robin over the learners and the teacher.
  const authors = await q(`select id from users where external_id like 'bench-%' order by external_id`);
  const { newestMessageId, oldestMessageId } = await insertChannelHistory(client, {
    channelId,
    authorIds: authors.rows.map((row: { id: string }) => row.id),
    messages: size.messages,
    replies: size.replies,
  });
  const readers = await q(`select id from users where external_id in ('bench-learner-1', 'bench-learner-2', 'bench-learner-3') order by external_id`);
  const [caughtUpId, behindId, neverReadId] = readers.rows.map((row: { id: string }) => row.id) as [string, string, string];
  await q(
    `insert into channel_reads (channel_id, user_id, last_read_message_id) values ($1, $2, $4), ($1, $3, $5)`,
    [channelId, caughtUpId, behindId, newestMessageId, newestMessageId - 30],
  );
  await q("commit");
  await q("vacuum analyze");
  return { classId, channelId, teacherId, caughtUpId, behindId, neverReadId, newestMessageId, oldestMessageId };
}

export type ChannelHistory = {
  channelId: string;
  /** Authors in round-robin order (message n is by author n mod count). */
  authorIds: readonly string[];
  /** Top-level messages, one every 90 seconds up to now, the newest last. */
  messages: number;
  /** Thread replies spread over the most recent 2,000 top-level messages. */
  replies: number;
  /** "recent": every reply a minute old (the default); "spread": each reply between its parent's time and now. */
  replyTimes?: "recent" | "spread";
};

/**
 * A channel's history in bulk: `messages` top-level messages in time order, `replies` thread
 * replies on the latest ones, and their reply counts. Runs inside the caller's transaction.
 */
export async function insertChannelHistory(client: pg.Client, history: ChannelHistory): Promise<{ newestMessageId: number; oldestMessageId: number }> {
  const q = (text: string, values: unknown[] = []) => client.query(text, values);
  await q(`create temp table bench_author as select ordinality - 1 as k, id from unnest($1::uuid[]) with ordinality id`, [history.authorIds]);
  const authors = history.authorIds.length;
  const { rows: before } = await q(`select coalesce(max(id), 0) as max from channel_messages where channel_id = $1`, [history.channelId]);
  await q(
    `insert into channel_messages (channel_id, author_id, body, created_at, updated_at)
     select $1, a.id,
       format(E'Message %s about **variance** and the sample mean.\\n\\n- point one\\n- point two', n),
       now() - ($2::int - n) * interval '90 seconds', now() - ($2::int - n) * interval '90 seconds'
     from generate_series(1, $2::int) n join bench_author a on a.k = n % $3::int
     order by n`,
    [history.channelId, history.messages, authors],
  );
  const bounds = (
    await q(`select max(id) as newest, min(id) as oldest from channel_messages where channel_id = $1 and parent_id is null and id > $2`, [
      history.channelId,
      before[0].max,
    ])
  ).rows[0] as { newest: string; oldest: string };
  const newestMessageId = Number(bounds.newest);
  const oldestMessageId = Number(bounds.oldest);
  await q(
    `insert into channel_messages (channel_id, author_id, parent_id, body, created_at, updated_at)
     select $1, a.id, $2::bigint - (n % 2000), format('Reply %s', n), t.at, t.at
     from generate_series(1, $3::int) n join bench_author a on a.k = (n * 7) % $4::int
     cross join lateral (select case when $5 then now() - (n % 2000) * interval '45 seconds' else now() - interval '1 minute' end as at) t`,
    [history.channelId, newestMessageId, history.replies, authors, history.replyTimes === "spread"],
  );
  await q(
    `update channel_messages m set reply_count = r.count, last_reply_at = r.last
     from (select parent_id, count(*) as count, max(created_at) as last from channel_messages where parent_id is not null and channel_id = $1 group by parent_id) r
     where m.id = r.parent_id`,
    [history.channelId],
  );
  await q(`drop table bench_author`);
  return { newestMessageId, oldestMessageId };
}
