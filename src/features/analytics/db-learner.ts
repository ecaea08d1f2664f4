import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import {
  AttemptTable,
  CourseTable,
  EnrolmentTable,
  LessonCompletionTable,
  LessonTable,
  PlacementTable,
  PracticeItemTable,
  ReadNextTable,
  ReviewLogTable,
  TestTable,
  TopicTable,
  type User,
} from "@/drizzle/schema";
import { pickNeediestTopic } from "@/features/practice/lib/select";
import { emptyTopicStates, selectTopicStatesOfCourses, toTopicMastery } from "@/features/practice/db-topics";
import type { TopicMastery } from "@/features/practice/types";
import { selectPracticeBanks } from "./db-bank";
import { predictedBankScore } from "./lib/readiness";
import { currentStreak, localDayKey, longestStreak } from "@/features/review/lib/days";

export type CourseProgress = {
  id: string;
  slug: string;
  title: string;
  topics: TopicMastery[];
  neediest: TopicMastery | null;
  /** The score the model predicts on the course's whole practice bank (0..1), null with no evidence. */
  readiness: number | null;
  answers: number;
  placement: "not_started" | "in_progress" | "finished";
};

/**
 * Per enrolled course: mastery by topic, what to practise next, readiness and placement state.
 * Two statements however many courses (the courses, then their topics), and a third for the
 * practice banks the process has not cached in the last minute (readiness is computed from them in memory).
 */
export async function selectCourseProgress(learner: Pick<User, "id">): Promise<CourseProgress[]> {
  const db = await getDb();
  const courses = await selectRows<{ id: string; slug: string; title: string; placement_finished: boolean | null }>(
    db,
    sql`select c.id, c.slug, c.title, p.finished_at is not null as placement_finished
        from ${EnrolmentTable} e join ${CourseTable} c on c.id = e.course_id
        left join ${PlacementTable} p on p.user_id = e.user_id and p.course_id = c.id
        where e.user_id = ${learner.id} order by e.last_activity_at desc`,
  );
  const courseIds = courses.map((course) => course.id);
  const [states, banks] = await Promise.all([selectTopicStatesOfCourses(db, learner.id, courseIds), selectPracticeBanks(db, courseIds)]);
  return courses.map((course) => {
    const { topics, correct, course: skill, offsets } = states.get(course.id) ?? emptyTopicStates();
    const neediest = pickNeediestTopic(topics);
    const answers = topics.reduce((total, topic) => total + topic.skill.count, 0);
    return {
      id: course.id,
      slug: course.slug,
      title: course.title,
      topics: topics.filter((topic) => topic.questionCount > 0).map((topic) => toTopicMastery(topic, correct.get(topic.topicId) ?? 0)),
      neediest: neediest ? toTopicMastery(neediest, correct.get(neediest.topicId) ?? 0) : null,
      readiness: answers > 0 ? predictedBankScore(banks.get(course.id) ?? [], skill.value, offsets) : null,
      answers,
      placement: course.placement_finished === null ? "not_started" : course.placement_finished ? "finished" : "in_progress",
    };
  });
}

export type Activity = { kind: "practice" | "review" | "test" | "lesson"; day: string; at: string; title: string; detail: string; href: string | null };

type ActivityRow = { kind: Activity["kind"]; at: Date | string; title: string; detail_count: number; detail_correct: number; href: string | null };

/** Streaks (days with any learning) and the latest activity, grouped per topic and day. */
export async function selectLearnerActivity(learner: Pick<User, "id">, now: Date, timeZone: string): Promise<{ streak: number; longest: number; activeToday: boolean; recent: Activity[] }> {
  const db = await getDb();
  const since = new Date(now.getTime() - 400 * 86_400_000).toISOString();
  const [days, rows] = await Promise.all([
    selectRows<{ day: string }>(
      db,
      sql`select distinct to_char(at at time zone ${timeZone}, 'YYYY-MM-DD') as day from (
            select answered_at as at from ${PracticeItemTable} where user_id = ${learner.id} and answered_at >= ${since}::timestamptz
            union all select reviewed_at from ${ReviewLogTable} where user_id = ${learner.id} and reviewed_at >= ${since}::timestamptz
            union all select submitted_at from ${AttemptTable} where user_id = ${learner.id} and submitted_at >= ${since}::timestamptz
            union all select completed_at from ${LessonCompletionTable} where user_id = ${learner.id} and completed_at >= ${since}::timestamptz
          ) activity`,
    ),
    selectRows<ActivityRow>(
      db,
      sql`(select 'practice' as kind, max(pi.answered_at) as at, t.name as title, count(*)::int as detail_count, count(*) filter (where pi.correct)::int as detail_correct,
                '/practice/' || c.slug || '?topic=' || t.slug as href
           from ${PracticeItemTable} pi join ${TopicTable} t on t.id = pi.topic_id join ${CourseTable} c on c.id = pi.course_id
           where pi.user_id = ${learner.id} and pi.answered_at is not null
           group by t.name, t.slug, c.slug, date_trunc('day', pi.answered_at at time zone ${timeZone})
           order by at desc limit 8)
          union all
          (select 'review', max(reviewed_at), 'Spaced review', count(*)::int, count(*) filter (where rating > 1)::int, '/review'
           from ${ReviewLogTable} where user_id = ${learner.id}
           group by date_trunc('day', reviewed_at at time zone ${timeZone}) order by 2 desc limit 8)
          union all
          (select 'test', a.submitted_at, te.title, coalesce(a.score, 0)::int, a.max_score::int, '/attempts/' || a.id
           from ${AttemptTable} a join ${TestTable} te on te.id = a.test_id
           where a.user_id = ${learner.id} and a.submitted_at is not null order by a.submitted_at desc limit 8)
          union all
          (select 'lesson', lc.completed_at, l.title, 0, 0, null
           from ${LessonCompletionTable} lc join ${LessonTable} l on l.id = lc.lesson_id
           where lc.user_id = ${learner.id} order by lc.completed_at desc limit 8)
          order by at desc limit 8`,
    ),
  ]);
  const keys = days.map((row) => row.day);
  const today = localDayKey(now, timeZone);
  return {
    streak: currentStreak(keys, today),
    longest: longestStreak(keys),
    activeToday: keys.includes(today),
    recent: rows.map((row) => ({
      kind: row.kind,
      at: new Date(row.at).toISOString(),
      day: localDayKey(new Date(row.at), timeZone),
      title: row.title,
      href: row.href,
      detail:
        row.kind === "practice"
          ? `${row.detail_count} answer${row.detail_count === 1 ? "" : "s"}, ${row.detail_correct} correct`
          : row.kind === "review"
            ? `${row.detail_count} card${row.detail_count === 1 ? "" : "s"} reviewed`
            : row.kind === "test"
              ? `Submitted · ${row.detail_count} / ${row.detail_correct}`
              : "Lesson completed",
    })),
  };
}

export type ReadNextItem = { id: string; href: string; heading: string; lessonTitle: string; courseTitle: string };

/** Lesson passages queued after missed questions, newest first. */
export async function selectReadNext(learner: Pick<User, "id">, limit = 5): Promise<ReadNextItem[]> {
  const db = await getDb();
  const rows = await selectRows<{ id: string; anchor: string; heading: string; lesson_slug: string; lesson_title: string; course_slug: string; course_title: string }>(
    db,
    sql`select rn.id, rn.anchor, rn.heading, l.slug as lesson_slug, l.title as lesson_title, c.slug as course_slug, c.title as course_title
        from ${ReadNextTable} rn join ${LessonTable} l on l.id = rn.lesson_id join ${CourseTable} c on c.id = rn.course_id
        where rn.user_id = ${learner.id} and rn.done_at is null order by rn.created_at desc limit ${limit}`,
  );
  return rows.map((row) => ({
    id: row.id,
    href: `/courses/${row.course_slug}/lessons/${row.lesson_slug}${row.anchor ? `#${row.anchor}` : ""}`,
    heading: row.heading,
    lessonTitle: row.lesson_title,
    courseTitle: row.course_title,
  }));
}

/** Marks read-next entries of a lesson done (the learner opened or completed it). */
export async function markReadNextDone(learner: Pick<User, "id">, readNextId: string): Promise<void> {
  const db = await getDb();
  await db.execute(sql`update ${ReadNextTable} set done_at = now() where id = ${readNextId} and user_id = ${learner.id} and done_at is null`);
}
