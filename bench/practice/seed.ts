import type pg from "pg";

export type BenchSize = {
  questions: number;
  topics: number;
  heavyAnswers: number;
  otherLearners: number;
  otherAnswersEach: number;
};

export type Seeded = {
  courseSlug: string;
  heavyLearnerId: string;
  /** Topic slug → number of practice questions tagged with it. */
  topicSizes: Map<string, number>;
  /** The topic every other question is also tagged with (the worst case). */
  bigTopic: string;
  /** A topic with the round-robin share of the bank (and no prerequisites). */
  typicalTopic: string;
};

const WORDS = [
  "probability", "sampling", "variance", "regression", "hypothesis", "inference", "bayes", "distribution", "correlation", "estimation",
  "confidence", "anova", "seasonality", "clustering", "classification", "experiment", "likelihood", "bootstrap", "survival", "forecasting",
];

function lessonMarkdown(word: string): string {
  const section = (heading: string, n: number) =>
    `## ${heading}\n\n${Array.from({ length: 6 }, (_, i) => `The ${word} ${heading.toLowerCase()} idea ${n}.${i}: an estimator, its bias, its spread and how a sample of size n changes the ${word} answer.`).join(" ")}\n`;
  return [`An introduction to ${word}.`, ...["Definitions", "Worked example", "Common mistakes", "Estimators", "Assumptions", "Summary"].map(section)].join("\n");
}

/**
 * One course with `topics` topics and `questions` single-choice / true-false / numeric questions
 * (option "a", true and 42 are right), tagged round-robin to the topics; topic t01 also gets every
 * odd question, so it holds half the bank. A heavy learner with `heavyAnswers` answered items over
 * the last 90 days, and other learners with a few answers each. Bulk SQL on one connection.
 */
export async function seedPracticeBench(client: pg.Client, size: BenchSize, options: { vacuum?: boolean } = {}): Promise<Seeded> {
  const q = (text: string, values: unknown[] = []) => client.query(text, values);
  await q("begin");
  // Repeatable difficulties, dates and verdicts from run to run (ids still differ).
  await q("select setseed(0.42)");
  const teacher = (await q(`insert into users (auth_provider, external_id, email, name, role) values ('dev', 'bench-teacher', 'bench-teacher@example.test', 'Bench teacher', 'teacher') returning id`)).rows[0].id as string;
  const heavy = (await q(`insert into users (auth_provider, external_id, email, name) values ('dev', 'bench-heavy', 'bench-heavy@example.test', 'Heavy learner') returning id`)).rows[0].id as string;
  const courseSlug = "bench-cert-prep";
  const course = (await q(`insert into courses (slug, title, owner_id, visibility, published_at) values ($1, 'Certification prep (bench)', $2, 'public', now()) returning id`, [courseSlug, teacher])).rows[0].id as string;

  await q(
    `create temp table bench_topic as
       select n, gen_random_uuid() as id, gen_random_uuid() as lesson_id, format('t%s', lpad(n::text, 2, '0')) as slug, ($2::text[])[n] as word
       from generate_series(1, $1::int) n`,
    [size.topics, WORDS],
  );
  await q(`insert into topics (id, course_id, slug, name) select id, $1, slug, initcap(word) from bench_topic`, [course]);
  // A prerequisite chain away from the topics timed by name: t06 needs t05, t07 needs t06.
  await q(`insert into topic_prerequisites (topic_id, prerequisite_id) select a.id, b.id from bench_topic a join bench_topic b on b.n = a.n - 1 where a.n in (6, 7)`);
  const moduleId = (await q(`insert into modules (course_id, slug, title, position) values ($1, 'all', 'All topics', 1) returning id`, [course])).rows[0].id as string;
  await q(
    `insert into lessons (id, course_id, module_id, slug, title, markdown, position, published_at)
     select t.lesson_id, $1, $2, t.slug, initcap(t.word), m.markdown, t.n, now() from bench_topic t join unnest($3::text[]) with ordinality m(markdown, n) on m.n = t.n`,
    [course, moduleId, WORDS.slice(0, size.topics).map(lessonMarkdown)],
  );
  await q(`insert into lesson_topics (lesson_id, topic_id) select lesson_id, id from bench_topic`);

  await q(
    `create temp table bench_q as
       select i, gen_random_uuid() as id, gen_random_uuid() as version_id, ((i - 1) % $2::int) + 1 as topic_n,
         (array['single_choice', 'true_false', 'numeric'])[(i % 3) + 1]::question_type as type
       from generate_series(1, $1::int) i`,
    [size.questions, size.topics],
  );
  await q(`create unique index on bench_q (i)`);
  await q(`insert into questions (id, course_id, author_id) select id, $1, $2 from bench_q`, [course, teacher]);
  await q(
    `insert into question_versions (id, question_id, version, type, body, author_id)
     select q.id_v, q.id, 1, q.type, case q.type
         when 'single_choice' then jsonb_build_object('type', 'single_choice', 'stem', q.stem, 'explanation', q.expl, 'options', jsonb_build_array(
           jsonb_build_object('id', 'a', 'text', 'The unbiased ' || q.word || ' estimate', 'correct', true, 'feedback', ''),
           jsonb_build_object('id', 'b', 'text', 'The biased ' || q.word || ' estimate', 'correct', false, 'feedback', ''),
           jsonb_build_object('id', 'c', 'text', 'Neither estimate', 'correct', false, 'feedback', ''),
           jsonb_build_object('id', 'd', 'text', 'Both estimates', 'correct', false, 'feedback', '')))
         when 'true_false' then jsonb_build_object('type', 'true_false', 'stem', q.stem, 'explanation', q.expl, 'correct', true)
         else jsonb_build_object('type', 'numeric', 'stem', q.stem, 'explanation', q.expl, 'answer', 42, 'tolerance', 0, 'unit', '')
       end, $1
     from (select b.id, b.version_id as id_v, b.type, t.word,
             format('Question %s on %s: with a sample of size %s, which %s estimator is right?', b.i, t.word, 10 + b.i % 90, t.word) as stem,
             format('The %s estimator divides by n - 1; see the worked example.', t.word) as expl
           from bench_q b join bench_topic t on t.n = b.topic_n) q`,
    [teacher],
  );
  await q(`insert into question_topics (question_id, topic_id) select b.id, t.id from bench_q b join bench_topic t on t.n = b.topic_n`);
  await q(`insert into question_topics (question_id, topic_id) select b.id, t.id from bench_q b join bench_topic t on t.n = 1 where b.i % 2 = 1 and b.topic_n <> 1`);
  // Difficulties ~ N(0, 1) (Box–Muller), as if many learners had answered them.
  await q(`insert into question_difficulties (question_id, value, count) select id, sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()), 20 + floor(random() * 200)::int from bench_q`);

  await q(
    `create temp table bench_u as
       select n, gen_random_uuid() as id from generate_series(1, $1::int) n`,
    [size.otherLearners],
  );
  await q(`insert into users (id, auth_provider, external_id, email, name) select id, 'dev', 'bench-u' || n, 'bench-u' || n || '@example.test', 'Learner ' || n from bench_u`);
  await q(`insert into enrolments (user_id, course_id) select id, $1::uuid from bench_u union all select $2::uuid, $1::uuid`, [course, heavy]);

  // Answered items: (learner, j) → a question spread over the bank and so over the topics.
  const answered = (who: string, mult: string) => `
    with base as (${who}), drawn as (
      select b.user_id, b.j, q.id as question_id, q.version_id, q.type, t.id as topic_id,
        now() - random() * interval '90 days' as served_at, random() < 0.7 as ok
      from base b join bench_q q on q.i = ((b.j::bigint * ${mult}) % $2::int) + 1 join bench_topic t on t.n = q.topic_n)
    insert into practice_items (user_id, course_id, topic_id, requested_topic_id, question_id, question_version_id, mode, reason,
      served_at, answered_at, response, score, correct, predicted, expected, skill_before, skill_after, duration_ms)
    select user_id, $1::uuid, topic_id, case when j % 3 = 0 then null else topic_id end, question_id, version_id, 'practice', 'target',
      served_at, served_at + make_interval(secs => 5 + j % 55),
      case type when 'single_choice' then jsonb_build_object('optionId', case when ok then 'a' else 'b' end)
        when 'true_false' then jsonb_build_object('value', ok) else jsonb_build_object('value', case when ok then 42 else 41 end) end,
      ok::int, ok, 0.7, 0.7, 0.3, 0.3 + case when ok then 0.02 else -0.05 end, 5000 + j % 55 * 1000
    from drawn`;
  await q(answered(`select $3::uuid as user_id, j from generate_series(1, $4::int) j`, "7919"), [course, size.questions, heavy, size.heavyAnswers]);
  await q(answered(`select u.id as user_id, u.n * 131 + k as j from bench_u u cross join generate_series(1, $3::int) k`, "7919"), [course, size.questions, size.otherAnswersEach]);

  await q(
    `insert into learner_topic_skills (user_id, topic_id, course_id, value, count, correct_count, last_practiced_at)
     select user_id, topic_id, course_id, (avg(correct::int) - 0.7) * 2 + (random() - 0.5), count(*), sum(correct::int), max(answered_at)
     from practice_items group by user_id, topic_id, course_id`,
  );
  await q(`insert into learner_course_skills (user_id, course_id, value, count) select user_id, course_id, avg(correct::int) - 0.3, count(*) from practice_items group by user_id, course_id`);
  await q(
    `insert into review_cards (user_id, course_id, question_id, source, due)
     select distinct on (question_id) user_id, course_id, question_id, 'practice_miss', now() + random() * interval '30 days'
     from practice_items where user_id = $1 and not correct`,
    [heavy],
  );
  await q(`insert into learner_settings (user_id, time_zone) values ($1, 'Europe/Paris')`, [heavy]);
  const sizes = await q(
    `select t.slug, count(*)::int as n from question_topics qt join bench_topic t on t.id = qt.topic_id group by t.slug order by t.slug`,
  );
  await q(`drop table bench_topic, bench_q, bench_u`);
  await q("commit");
  // A caller that seeds more on top analyses once, at its end.
  if (options.vacuum ?? true) await q("vacuum analyze");
  return {
    courseSlug,
    heavyLearnerId: heavy,
    topicSizes: new Map(sizes.rows.map((row: { slug: string; n: number }) => [row.slug, row.n])),
    bigTopic: "t01",
    typicalTopic: "t02",
  };
}

/** A few stored bodies of each type, for checking them against the app's schema. */
export async function sampleBodies(client: pg.Client): Promise<unknown[]> {
  const { rows } = await client.query(`select distinct on (type) body from question_versions order by type, id`);
  return rows.map((row: { body: unknown }) => row.body);
}
