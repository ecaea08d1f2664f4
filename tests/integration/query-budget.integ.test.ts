import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/drizzle/db";
import type { User } from "@/drizzle/schema";
import type { AccessLogLine } from "@/lib/access-log";
import type { CountedQueries } from "@/lib/query-count";
import type { QuestionDraft } from "@/features/questions/schemas";
import { createDatabase } from "../support/services/postgres";
import { closeAppDatabase, useAppDatabase, type DriverUnderTest } from "../support/app-env";

// Query discipline for the hot routes (docs/performance.md): each route's data path sends a fixed
// number of statements — counted by the app's own counter (src/lib/query-count.ts), BEGIN and
// COMMIT included — and the same number for a learner with 2 and with 20 of everything, which is
// what rules out an N+1. On real PostgreSQL, with thousands of other learners' rows analysed,
// every statement those paths send is EXPLAINed with its parameters: the expected indexes are used,
// and no big table is read whole unless the planner merely prefers that at this size (an index
// still serves it when sequential scans are priced out) or it is a known, reported gap.

type App = {
  schema: typeof import("@/drizzle/schema");
  queryCount: typeof import("@/lib/query-count");
  accessLog: typeof import("@/lib/access-log");
  users: typeof import("@/features/users/db");
  analytics: typeof import("@/features/analytics/db-learner");
  learnerClasses: typeof import("@/features/classes/db-learner");
  classes: typeof import("@/features/classes/db");
  courses: typeof import("@/features/courses/db");
  progress: typeof import("@/features/courses/db-progress");
  practice: typeof import("@/features/practice/db");
  questions: typeof import("@/features/questions/db");
  tests: typeof import("@/features/tests/db");
  testSchemas: typeof import("@/features/tests/schemas");
  attempts: typeof import("@/features/attempts/db");
  attemptView: typeof import("@/features/attempts/db-view");
  review: typeof import("@/features/review/db");
  reviewRate: typeof import("@/features/review/db-rate");
  channelView: typeof import("@/features/channels/db-view");
  channelRead: typeof import("@/features/channels/db-read");
  unread: typeof import("@/features/channels/db-unread");
  shell: typeof import("@/features/notifications/unread-totals");
};

async function openOn(driver: DriverUnderTest, name: string): Promise<{ db: Database; app: App; databaseUrl?: string }> {
  const databaseUrl = driver === "pglite" ? undefined : await createDatabase(inject("databaseUrl"), `lf_${name}_${driver}_${Date.now()}`);
  const { dbModule } = await useAppDatabase(driver, { databaseUrl, neonProxyPort: inject("neonProxyPort") });
  const connection = await dbModule.getDatabaseConnection();
  await connection.migrate(dbModule.MIGRATIONS_FOLDER);
  // Imported after useAppDatabase: the counter must be the very module instance the drivers report to.
  const app: App = {
    schema: await import("@/drizzle/schema"),
    queryCount: await import("@/lib/query-count"),
    accessLog: await import("@/lib/access-log"),
    users: await import("@/features/users/db"),
    analytics: await import("@/features/analytics/db-learner"),
    learnerClasses: await import("@/features/classes/db-learner"),
    classes: await import("@/features/classes/db"),
    courses: await import("@/features/courses/db"),
    progress: await import("@/features/courses/db-progress"),
    practice: await import("@/features/practice/db"),
    questions: await import("@/features/questions/db"),
    tests: await import("@/features/tests/db"),
    testSchemas: await import("@/features/tests/schemas"),
    attempts: await import("@/features/attempts/db"),
    attemptView: await import("@/features/attempts/db-view"),
    review: await import("@/features/review/db"),
    reviewRate: await import("@/features/review/db-rate"),
    channelView: await import("@/features/channels/db-view"),
    channelRead: await import("@/features/channels/db-read"),
    unread: await import("@/features/channels/db-unread"),
    shell: await import("@/features/notifications/unread-totals"),
  };
  return { db: connection.db, app, databaseUrl };
}

const LESSON = `An introduction.\n\n## The first idea\n\nRight answers come first.\n\n## The second idea\n\nCommon mistakes come second.\n`;
const noWarmUp = () => 0.99;

function draft(topicSlug: string, n: number): QuestionDraft {
  return {
    topicSlugs: [topicSlug],
    body: {
      type: "single_choice",
      stem: `${topicSlug} question ${n}: which option is right?`,
      explanation: "Option a is right.",
      options: ["a", "b", "c", "d"].map((id) => ({ id, text: id === "a" ? "Right" : `Wrong ${id}`, correct: id === "a", feedback: "" })),
    },
  };
}

/**
 * A learner with `size` of everything that a hot route lists or loops over: enrolled courses,
 * topics (with prerequisites), lessons, questions per topic, practice answers, review cards,
 * completed lessons, assignments due soon, test questions in an open attempt, class channels and
 * messages per channel. Built through the app's functions where they exist.
 */
async function buildWorld(db: Database, app: App, size: number) {
  const s = app.schema;
  const tag = `qb${size}${Math.random().toString(36).slice(2, 7)}`;
  const [teacher, learner, classmate] = (await db
    .insert(s.UserTable)
    .values((["teacher", "learner", "learner"] as const).map((role, i) => ({ authProvider: "dev" as const, externalId: `${tag}-${i}`, email: `${tag}-${i}@example.test`, name: `World ${role} ${i}`, role })))
    .returning()) as [User, User, User];
  const courses = await db
    .insert(s.CourseTable)
    .values(Array.from({ length: size }, (_, i) => ({ slug: `${tag}-c${i}`, title: `Course ${i}`, ownerId: teacher.id, visibility: "public" as const, publishedAt: new Date() })))
    .returning();
  const main = courses[0]!;
  await db.insert(s.EnrolmentTable).values([...courses.map((course) => ({ userId: learner.id, courseId: course.id })), { userId: classmate.id, courseId: main.id }]);

  const topics = await db
    .insert(s.TopicTable)
    .values(Array.from({ length: size }, (_, i) => ({ courseId: main.id, slug: `t${i}`, name: `Topic ${i}` })))
    .returning();
  await db.insert(s.TopicPrerequisiteTable).values(topics.slice(1).map((topic, i) => ({ topicId: topic.id, prerequisiteId: topics[i]!.id })));
  const [module] = await db.insert(s.ModuleTable).values({ courseId: main.id, slug: "m", title: "Module", position: 1 }).returning();
  const lessons = await db
    .insert(s.LessonTable)
    .values(topics.map((_, i) => ({ courseId: main.id, moduleId: module!.id, slug: `l${i}`, title: `Lesson ${i}`, markdown: LESSON, position: i + 1, publishedAt: new Date() })))
    .returning();
  // The first lesson teaches every topic (its page shows `size` topic badges); each other lesson one.
  await db.insert(s.LessonTopicTable).values([...topics.map((topic) => ({ lessonId: lessons[0]!.id, topicId: topic.id })), ...topics.slice(1).map((topic, i) => ({ lessonId: lessons[i + 1]!.id, topicId: topic.id }))]);
  const questionIds: string[][] = [];
  for (const topic of topics) questionIds.push(await app.questions.insertQuestions(teacher, main.id, Array.from({ length: size }, (_, n) => draft(topic.slug, n + 1))));
  for (const course of courses.slice(1)) {
    await db.insert(s.TopicTable).values({ courseId: course.id, slug: "t0", name: "Topic 0" });
    await app.questions.insertQuestions(teacher, course.id, [draft("t0", 1)]);
  }
  await db.insert(s.LessonCompletionTable).values(lessons.map((lesson) => ({ userId: learner.id, lessonId: lesson.id })));

  // Practice history: `size` answers over the topics after the first (whose questions go in the test), every other one missed.
  for (let n = 0; n < size; n += 1) {
    const topic = topics[1 + (n % (size - 1))]!;
    const served = await app.practice.servePracticeQuestion(learner, main.slug, topic.slug, noWarmUp);
    await app.practice.recordPracticeAnswer(learner, served.itemId, { optionId: n % 2 ? "a" : "b" }, 8_000, new Date());
  }
  await db.insert(s.ReviewCardTable).values(Array.from({ length: size }, (_, i) => ({ userId: learner.id, front: `Front ${i}`, back: `Back ${i}`, source: "own" as const, due: new Date(Date.now() - 60_000) })));

  // A class on the main course: the test (first topic's questions) assigned, and `size - 1` more due soon.
  const { id: classId } = await app.classes.insertClass(teacher, main.id, `Class ${tag}`);
  await db.insert(s.ClassMemberTable).values([learner, classmate].map((user) => ({ classId, userId: user.id, role: "learner" as const })));
  const testId = await app.tests.insertTest(teacher, main.id, app.testSchemas.testSettingsSchema.parse({ title: `Test ${tag}` }));
  await app.tests.replaceTestItems(teacher, testId, questionIds[0]!.map((questionId) => ({ kind: "question" as const, questionId, points: 1 })));
  await app.tests.setTestPublished(teacher, testId, true);
  const others = await db
    .insert(s.TestTable)
    .values(Array.from({ length: size - 1 }, (_, i) => ({ courseId: main.id, authorId: teacher.id, title: `Quiz ${i}`, publishedAt: new Date() })))
    .returning({ id: s.TestTable.id });
  const dueAt = new Date(Date.now() + 86_400_000);
  const assignments = await db
    .insert(s.AssignmentTable)
    .values([testId, ...others.map((test) => test.id)].map((id) => ({ classId, testId: id, assignedBy: teacher.id, dueAt })))
    .returning();
  const { attemptId } = await app.attempts.startAttempt(learner, testId, assignments[0]!.id);

  // Channels: general, announcements and `size` more, each with `size` messages and one pinned.
  await db.insert(s.ChannelTable).values(Array.from({ length: size }, (_, i) => ({ classId, name: `channel-${i}`, createdBy: teacher.id })));
  const channels = await db.select().from(s.ChannelTable).where(eq(s.ChannelTable.classId, classId));
  await db.insert(s.ChannelMessageTable).values(
    channels.flatMap((channel) =>
      Array.from({ length: size }, (_, i) => ({ channelId: channel.id, authorId: i % 2 ? classmate.id : teacher.id, body: `Message ${i}`, pinnedAt: i === 0 ? new Date() : null })),
    ),
  );
  const general = channels.find((channel) => channel.kind === "general")!;
  return { size, learner, teacher, mainSlug: main.slug, mainCourseId: main.id, topicSlugs: topics.map((topic) => topic.slug), lessonSlug: lessons[0]!.slug, classId, generalId: general.id, testId, attemptId };
}

type World = Awaited<ReturnType<typeof buildWorld>>;

/**
 * The hot routes, each as the data functions its page, action or handler calls (in that order,
 * with the same concurrency). The app shell (layout) adds its own statements to every page.
 * Order matters: an answer follows its serve, the attempt is viewed, autosaved, then submitted.
 */
const ROUTES: { name: string; budget: number; run: (app: App, world: World, state: Map<string, string>) => Promise<unknown> }[] = [
  {
    name: "app shell (signed-in user, header badges)",
    budget: 3,
    run: async (app, { learner }) => app.shell.selectUnreadTotals((await app.users.selectActiveUserById(learner.id))!),
  },
  {
    name: "dashboard",
    budget: 11,
    run: async (app, { learner, size }) => {
      const now = new Date();
      const review = await app.review.selectReviewSummary(learner, now);
      const [courses, dueSoon] = await Promise.all([
        app.analytics.selectCourseProgress(learner),
        app.learnerClasses.selectDueSoon(learner, now),
        app.analytics.selectLearnerActivity(learner, now, review.timeZone),
        app.analytics.selectReadNext(learner),
      ]);
      expect([courses.length, courses[0]!.topics.length, dueSoon.length]).toEqual([size, size, size]);
    },
  },
  {
    name: "lesson page",
    budget: 9,
    run: async (app, { learner, mainSlug, lessonSlug, size }) => {
      const found = await app.courses.selectLessonForReader(learner, mainSlug, lessonSlug);
      if (!found?.course.enrolled) throw new Error("the lesson should be readable by its enrolled learner");
      const [completed, mastery] = await Promise.all([app.progress.selectCompletedLessonIds(learner, found.course.id), app.practice.selectTopicMasteries(learner, found.course.id)]);
      expect([found.lesson.topics.length, found.position.total, completed.size, mastery.size]).toEqual([size, size, size, size]);
    },
  },
  {
    name: "practice page",
    budget: 3,
    run: async (app, { learner, mainSlug, size }) => expect((await app.practice.selectPracticeSession(learner, mainSlug)).topics).toHaveLength(size),
  },
  {
    name: "serve a practice question",
    budget: 9,
    run: async (app, { learner, mainSlug, topicSlugs }, state) => {
      const served = await app.practice.servePracticeQuestion(learner, mainSlug, topicSlugs[1]!, noWarmUp);
      state.set("itemId", served.itemId);
      return served;
    },
  },
  {
    name: "record a practice answer",
    budget: 7,
    run: (app, { learner }, state) => app.practice.recordPracticeAnswer(learner, state.get("itemId")!, { optionId: "b" }, 9_000, new Date()),
  },
  {
    name: "test attempt page",
    budget: 5,
    run: async (app, { learner, attemptId, size }) => expect((await app.attemptView.selectAttemptForLearner(learner, attemptId)).slots).toHaveLength(size),
  },
  { name: "autosave an answer", budget: 5, run: (app, { learner, attemptId }) => app.attempts.saveAttemptAnswer(learner, attemptId, 1, { optionId: "a" }) },
  {
    name: "submit the attempt",
    budget: 7,
    run: async (app, { learner, attemptId }) => expect(await app.attempts.submitAttempt(learner, attemptId)).toMatchObject({ duplicate: false, maxScore: expect.any(Number) }),
  },
  {
    name: "review page",
    budget: 6,
    run: async (app, { learner, size }) => {
      const now = new Date();
      const [next, summary, courses] = await Promise.all([app.review.selectNextReviewCard(learner, now), app.review.selectReviewSummary(learner, now), app.courses.selectEnrolledCourses(learner)]);
      // The learner's own cards (missed questions come due tomorrow).
      expect([next.remaining, summary.dueToday, courses.length]).toEqual([size, size, size]);
    },
  },
  {
    name: "rate a review card (and show the next)",
    budget: 8,
    run: async (app, { learner }, state) => {
      const now = new Date();
      const [cardId, reps] = state.get("card")!.split(":") as [string, string];
      const outcome = await app.reviewRate.rateReviewCard(learner, cardId, { rating: 3, reps: Number(reps), durationMs: 4_000 }, now);
      if (outcome.replayed) throw new Error("the rating should be recorded, not replayed");
      return app.review.selectNextReviewCard(learner, now);
    },
  },
  {
    name: "channel page",
    budget: 10,
    run: async (app, { learner, classId, generalId, size }) => {
      const view = await app.channelView.selectChannelView(learner, classId, generalId);
      expect([view.channels.length, view.page.messages.length, Object.keys(view.unread.byChannel).length]).toEqual([size + 2, size, size + 2]);
    },
  },
  {
    name: "channel poll (updates and unread counts)",
    budget: 4,
    run: async (app, { learner, generalId, size }) => {
      const updates = await app.channelRead.selectChannelUpdates(learner, generalId, new Date(Date.now() - 60_000).toISOString());
      const unread = await app.unread.selectUnreadCounts(learner);
      expect([updates.messages.length, Object.keys(unread.byChannel).length]).toEqual([size, size + 2]);
    },
  },
];

const CONTROL = /^(begin|commit|rollback)\b/i;
const NOISE_LEARNERS = 3_000;
const BANK_COURSES = 40;

/**
 * Other learners' rows around the larger world, so the planner faces realistic tables: 3,000
 * learners in its course (enrolled, each with 10 practice answers, skills, 10 review cards and
 * their logs, an attempt at its test, completed lessons, read-next entries, notifications), 200
 * of them in its class writing 5,000 messages in its general channel, the rest in another class
 * with 20,000 messages, and a 5,000-question bank in another course. Then ANALYZE.
 */
async function insertOtherLearners(client: pg.Client, world: World): Promise<void> {
  const run = (text: string, values: unknown[] = []) => client.query(text, values);
  const body = JSON.stringify(draft("noise", 1).body);
  await run(`create temp table noise_q as
    select (row_number() over (order by q.id) - 1)::int as n, q.id as question_id, qv.id as version_id, qt.topic_id
    from questions q join question_versions qv on qv.question_id = q.id and qv.version = q.latest_version
    join question_topics qt on qt.question_id = q.id where q.course_id = $1`, [world.mainCourseId]);
  await run(`insert into users (auth_provider, external_id, email, name) select 'dev', 'noise-' || g, 'noise-' || g || '@example.test', 'Noise ' || g from generate_series(1, $1::int) g`, [NOISE_LEARNERS]);
  await run(`create temp table noise_u as select (row_number() over (order by id) - 1)::int as n, id from users where external_id like 'noise-%'`);
  await run(`insert into enrolments (user_id, course_id) select id, $1 from noise_u`, [world.mainCourseId]);
  await run(`insert into practice_items (user_id, course_id, topic_id, question_id, question_version_id, served_at, answered_at, response, score, correct)
    select u.id, $1, q.topic_id, q.question_id, q.version_id, now() - make_interval(mins => u.n * 10 + k), now() - make_interval(mins => u.n * 10 + k), '{"optionId":"a"}', 1, true
    from noise_u u cross join generate_series(0, 9) k join noise_q q on q.n = (u.n * 10 + k) % (select count(*) from noise_q)`, [world.mainCourseId]);
  await run(`insert into learner_course_skills (user_id, course_id, value, count) select id, $1, 0.2, 10 from noise_u`, [world.mainCourseId]);
  await run(`insert into learner_topic_skills (user_id, topic_id, course_id, value, count, correct_count)
    select user_id, topic_id, course_id, 0.1, count(*), count(*) from practice_items where user_id in (select id from noise_u) group by user_id, topic_id, course_id`);
  await run(`insert into question_difficulties (question_id, value, count) select question_id, 0.1, 30 from noise_q on conflict do nothing`);
  await run(`insert into review_cards (user_id, course_id, question_id, source, due)
    select distinct on (user_id, question_id) user_id, course_id, question_id, 'practice_miss', now() + make_interval(hours => (random() * 720)::int)
    from practice_items where user_id in (select id from noise_u)`);
  await run(`insert into review_logs (card_id, user_id, review_number, rating, state, due, stability, difficulty, elapsed_days, last_elapsed_days, scheduled_days, learning_steps, desired_retention, next_due, reviewed_at)
    select id, user_id, 0, 3, 'new', due, 1, 5, 0, 0, 1, 0, 0.9, due, now() - make_interval(hours => (random() * 720)::int) from review_cards where user_id in (select id from noise_u)`);
  await run(`insert into attempts (test_id, user_id, attempt_number, state, started_at, submitted_at, closed_by, graded_at, score, max_score)
    select $1, id, 1, 'graded', now() - interval '2 days', now() - interval '2 days', 'learner', now(), 10, 20 from noise_u`, [world.testId]);
  await run(`insert into attempt_items (attempt_id, slot, question_id, question_version_id, test_item_position, points, response, score)
    select a.id, ti.position, ti.question_id, qv.id, ti.position, 1, '{"optionId":"a"}', 1
    from attempts a join test_items ti on ti.test_id = a.test_id join questions q on q.id = ti.question_id
    join question_versions qv on qv.question_id = q.id and qv.version = q.latest_version
    where a.test_id = $1 and a.user_id in (select id from noise_u)`, [world.testId]);
  await run(`insert into lesson_completions (user_id, lesson_id) select u.id, l.id from noise_u u join lessons l on l.course_id = $1 and l.position <= 5`, [world.mainCourseId]);
  await run(`insert into read_next (user_id, course_id, lesson_id, anchor, heading) select u.id, $1, l.id, 'section-the-first-idea', 'The first idea' from noise_u u join lessons l on l.course_id = $1 and l.position = 1`, [world.mainCourseId]);
  await run(`insert into notifications (user_id, kind, title, link) select u.id, 'reply', 'A reply', '/classes' from noise_u u cross join generate_series(1, 5)`);
  // 40 other courses, each with 25 topics of 40 questions: a 40,000-question bank with versions and difficulties.
  await run(`insert into courses (slug, title, owner_id) select $1 || '-bank-' || g, 'Bank ' || g, $2 from generate_series(1, $3::int) g`, [world.mainSlug, world.teacher.id, BANK_COURSES]);
  await run(`create temp table noise_bank as select gen_random_uuid() as question_id, t.id as topic_id, t.course_id
    from (select c.id from courses c where c.slug like $1 || '-bank-%') c
    cross join lateral (select gen_random_uuid() as id, c.id as course_id, k from generate_series(1, 25) k) t cross join generate_series(1, 40)`, [world.mainSlug]);
  await run(`insert into topics (id, course_id, slug, name) select distinct topic_id, course_id, 'b-' || topic_id, 'Bank topic' from noise_bank`);
  await run(`insert into questions (id, course_id, author_id) select question_id, course_id, $1 from noise_bank`, [world.teacher.id]);
  await run(`insert into question_versions (question_id, version, type, body, author_id) select question_id, 1, 'single_choice', $1::jsonb, $2 from noise_bank`, [body, world.teacher.id]);
  await run(`insert into question_topics (question_id, topic_id) select question_id, topic_id from noise_bank`);
  await run(`insert into question_difficulties (question_id, value, count) select question_id, 0, 10 from noise_bank`);
  // Classes: 200 of them in the world's class, the rest in another class with a busy channel.
  await run(`insert into class_members (class_id, user_id) select $1, id from noise_u where n < 200`, [world.classId]);
  await run(`insert into channel_messages (channel_id, author_id, body) select $1, u.id, 'noise ' || g from generate_series(1, 5000) g join noise_u u on u.n = g % 200`, [world.generalId]);
  await run(`insert into channel_reads (channel_id, user_id, last_read_message_id) select $1, id, 0 from noise_u where n < 200`, [world.generalId]);
  const { rows: [other] } = await run(`insert into classes (course_id, teacher_id, name, join_code) values ($1, $2, 'Noise class', 'NOISE-' || $3) returning id`, [world.mainCourseId, world.teacher.id, world.mainSlug]);
  await run(`insert into class_members (class_id, user_id) select $1, id from noise_u where n >= 200`, [other.id]);
  const { rows: [busy] } = await run(`insert into channels (class_id, name, created_by) values ($1, 'busy', $2) returning id`, [other.id, world.teacher.id]);
  await run(`insert into channel_messages (channel_id, author_id, body) select $1, u.id, 'noise ' || g from generate_series(1, 20000) g join noise_u u on u.n = 200 + g % ($2::int - 200)`, [busy.id, NOISE_LEARNERS]);
  await run(`insert into channel_reads (channel_id, user_id, last_read_message_id) select $1, id, 0 from noise_u where n >= 200`, [busy.id]);
  await run(`analyze`);
}

/** Tables that grow with learners and activity: a plan must reach their rows through an index. */
const BIG_TABLES = new Set([
  "users", "enrolments", "practice_items", "learner_topic_skills", "learner_course_skills", "question_difficulties", "review_cards", "review_logs",
  "attempts", "attempt_items", "questions", "question_versions", "question_topics", "lesson_completions", "read_next", "notifications",
  "class_members", "channel_messages", "channel_reads",
]);

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; "Index Cond"?: string; Plans?: PlanNode[] };

function planNodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(planNodes)];
}

async function explain(client: pg.Client, statement: string, params: unknown[], options: { seqScanOff?: boolean } = {}): Promise<PlanNode[]> {
  // Session settings on this test's own connection; the app's pool never sees them.
  // Hash and merge joins are priced out too: either may read a whole index as its input where a
  // nested loop could look each row up; what is asked is whether such a lookup exists.
  if (options.seqScanOff) await client.query("set enable_seqscan = off; set enable_hashjoin = off; set enable_mergejoin = off");
  try {
    const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`explain (format json) ${statement}`, params);
    return planNodes(rows[0]!["QUERY PLAN"][0].Plan);
  } finally {
    if (options.seqScanOff) await client.query("reset enable_seqscan; reset enable_hashjoin; reset enable_mergejoin");
  }
}

/**
 * Nodes that read a big table whole: a sequential scan, or a scan of a whole index (no condition)
 * unless the index is partial (say, of the attempts in progress only).
 */
function fullScans(nodes: PlanNode[], partialIndexes: ReadonlySet<string>): string[] {
  return nodes
    .filter((node) => BIG_TABLES.has(node["Relation Name"] ?? ""))
    .filter((node) => node["Node Type"] === "Seq Scan" || (/^Index (Only )?Scan$/.test(node["Node Type"]) && !node["Index Cond"] && !partialIndexes.has(node["Index Name"] ?? "")))
    .map((node) => `${node["Node Type"]} on ${node["Relation Name"]}`);
}

/** Indexes the routes must keep using: the selective lookups each one is built on. */
const EXPECTED_INDEXES: Record<string, string[]> = {
  "app shell (signed-in user, header badges)": ["users_pkey", "channel_messages_channel_top_idx", "class_members_user_idx"],
  dashboard: ["review_cards_user_due_idx", "review_logs_user_reviewed_idx", "practice_items_user_answered_idx", "attempts_user_idx", "lesson_completions_user_id_lesson_id_pk", "learner_topic_skills_user_course_idx", "questions_course_idx"],
  "lesson page": ["courses_slug_unique", "lesson_completions_user_id_lesson_id_pk", "learner_topic_skills_user_course_idx"],
  "practice page": ["enrolments_user_id_course_id_pk", "practice_items_one_open", "question_topics_topic_idx"],
  "serve a practice question": ["practice_items_user_course_served_idx", "practice_items_one_open", "question_topics_topic_idx", "attempts_one_open_per_test_user"],
  "record a practice answer": ["practice_items_pkey", "learner_topic_skills_user_id_topic_id_pk", "question_difficulties_pkey"],
  "test attempt page": ["attempt_items_attempt_id_slot_pk", "question_versions_pkey"],
  "autosave an answer": ["attempt_items_attempt_id_slot_pk"],
  "submit the attempt": ["attempts_pkey", "attempt_items_attempt_id_slot_pk"],
  "review page": ["review_cards_user_due_idx", "review_logs_user_reviewed_idx"],
  "rate a review card (and show the next)": ["review_cards_pkey", "review_cards_user_due_idx"],
  "channel page": ["channel_messages_channel_top_idx", "channel_messages_pinned_idx", "channel_reads_user_idx", "class_members_class_id_user_id_pk"],
  "channel poll (updates and unread counts)": ["channel_messages_channel_updated_idx", "channel_messages_channel_top_idx"],
};

/**
 * Whole-table reads that no index can serve today, reported with the fix they need
 * (docs/performance.md). Each is matched by route, node and statement; fixing one fails the test
 * until its entry is removed here.
 */
// Whole-table reads accepted with a reason (none at present; selectClassPeople's read of every user
// was the last, fixed by starting from class_members' key).
const KNOWN_FULL_SCANS: { route: RegExp; scan: string; statement: RegExp }[] = [];

describe.each<DriverUnderTest>(["pglite", "pg"])("query budgets of the hot routes on %s", (driver) => {
  let db: Database;
  let app: App;
  let databaseUrl: string | undefined;
  const worlds: World[] = [];
  const states = new Map<World, Map<string, string>>();
  /** What the larger world's data paths sent, for the EXPLAIN test. */
  const sent = new Map<string, CountedQueries<unknown>>();

  beforeAll(async () => {
    ({ db, app, databaseUrl } = await openOn(driver, "query_budget"));
    for (const size of [2, 20]) {
      const world = await buildWorld(db, app, size);
      worlds.push(world);
      states.set(world, new Map());
    }
  });
  afterAll(closeAppDatabase);

  it.each(ROUTES.map((route) => [route.name, route] as const))("%s: the same statements for 2 and for 20 of everything", async (_name, route) => {
    const counts: number[] = [];
    for (const world of worlds) {
      const state = states.get(world)!;
      if (route.name.startsWith("rate a review card")) {
        const next = await app.review.selectNextReviewCard(world.learner, new Date());
        state.set("card", `${next.card!.cardId}:${next.card!.reps}`);
      }
      const counted = await app.queryCount.countQueries(() => route.run(app, world, state));
      counts.push(counted.queries);
      if (world.size === 20) sent.set(route.name, counted);
    }
    // On failure, the larger world's statements say where the extra ones come from.
    const listing = sent.get(route.name)!.statements.map((statement) => statement.replace(/\s+/g, " ").slice(0, 120)).join("\n");
    expect(counts, `statements (20 of everything):\n${listing}`).toEqual([route.budget, route.budget]);
  });

  // Registered only on real PostgreSQL: PGlite's planner statistics are not the production ones.
  if (driver === "pg") it("reaches every big table through an index in every statement of those paths (EXPLAIN with 3,000 other learners)", async () => {
    // The statements come from the budget tests above (run the whole file, not this test alone).
    expect(sent.size).toBe(ROUTES.length);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await insertOtherLearners(client, worlds[1]!);
      const { rows: partial } = await client.query<{ name: string }>(`select indexrelid::regclass::text as name from pg_index where indpred is not null`);
      const partialIndexes = new Set(partial.map((row) => row.name));
      const report: string[] = [];
      const unserved: string[] = [];
      for (const [route, counted] of sent) {
        const used = new Set<string>();
        for (const [index, statement] of counted.statements.entries()) {
          if (CONTROL.test(statement.trim())) continue;
          const params = counted.params[index]!;
          const nodes = await explain(client, statement, params);
          for (const node of nodes) if (node["Index Name"]) used.add(node["Index Name"]);
          const full = fullScans(nodes, partialIndexes);
          if (full.length === 0) continue;
          // At these table sizes the planner may still prefer a scan; what matters is whether an index
          // could serve the access. With sequential scans priced out, a whole-table read that remains has none.
          const forced = fullScans(await explain(client, statement, params, { seqScanOff: true }), partialIndexes);
          const text = statement.replace(/\s+/g, " ");
          if (forced.length === 0) report.push(`  (${route}: ${full.join(", ")} — an index serves it; the planner prefers the scan at this size)`);
          for (const scan of forced) {
            const known = KNOWN_FULL_SCANS.some((entry) => entry.route.test(route) && entry.scan === scan && entry.statement.test(text));
            if (!known) unserved.push(`${route}: ${scan} in\n  ${text}`);
            else report.push(`  (${route}: ${scan} — known, see docs/performance.md)`);
          }
        }
        report.push(`${route}: ${[...used].sort().join(", ")}`);
        expect((EXPECTED_INDEXES[route] ?? []).filter((name) => !used.has(name)), `${route}: expected indexes not used`).toEqual([]);
      }
      console.log(`[query-budget] indexes used per route:\n${report.join("\n")}`);
      expect(unserved).toEqual([]);
    } finally {
      await client.end();
    }
  }, 300_000);
});

describe.each<DriverUnderTest>(["pglite", "pg", "neon"])("counting statements on %s", (driver) => {
  let db: Database;
  let app: App;
  const text = (counted: CountedQueries<unknown>) => counted.statements.map((statement) => statement.trim().toLowerCase());

  beforeAll(async () => {
    ({ db, app } = await openOn(driver, "query_count"));
  });
  afterAll(closeAppDatabase);

  it("counts every statement once, a transaction's BEGIN and COMMIT or ROLLBACK included", async () => {
    const { countQueries } = app.queryCount;
    expect(text(await countQueries(() => db.execute(sql`select 1`)))).toEqual(["select 1"]);
    const committed = await countQueries(() => db.transaction(async (tx) => [await tx.execute(sql`select 1`), await tx.execute(sql`select 2`)]));
    expect(text(committed)).toEqual(["begin", "select 1", "select 2", "commit"]);
    const rolledBack = await countQueries(() =>
      db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        throw new Error("changed my mind");
      }).catch((error: Error) => error.message),
    );
    expect(rolledBack.result).toBe("changed my mind");
    expect(text(rolledBack)).toEqual(["begin", "select 1", "rollback"]);
  });

  it("keeps concurrent tallies apart and counts a nested tally in its enclosing one too", async () => {
    const { countQueries } = app.queryCount;
    const [two, one] = await Promise.all([
      countQueries(() => Promise.all([db.execute(sql`select 1`), db.execute(sql`select 2`)])),
      countQueries(async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return db.execute(sql`select 3`);
      }),
    ]);
    expect([two.queries, one.queries]).toEqual([2, 1]);
    const outer = await countQueries(async () => {
      await db.execute(sql`select 1`);
      return (await countQueries(() => db.execute(sql`select 2`))).queries;
    });
    expect([outer.result, outer.queries]).toEqual([1, 2]);
  });

  // Registered once: the log line does not depend on the driver.
  if (driver === "pglite") it("puts each request's statement count on its access log line (as in development)", async () => {
    const lines: AccessLogLine[] = [];
    app.accessLog.installAccessLog((line) => lines.push(line), { countQueries: true });
    // A request's work as a page does it: awaited statements, a timer, statements in parallel, a transaction.
    const server = http.createServer((request, response) => {
      const work = async () => {
        await db.execute(sql`select 1`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (request.url === "/busy") await Promise.all([db.execute(sql`select 2`), db.transaction(async (tx) => tx.execute(sql`select 3`))]);
        response.end("ok");
      };
      work().catch((error: unknown) => response.destroy(error as Error));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      await Promise.all([fetch(`${base}/busy`), fetch(`${base}/quiet`), fetch(`${base}/busy`)]);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(lines.map((line) => [line.path, line.dbQueries]).sort()).toEqual([
        ["/busy", 5],
        ["/busy", 5],
        ["/quiet", 1],
      ]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
