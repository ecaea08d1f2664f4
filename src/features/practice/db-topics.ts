import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import {
  CourseTable,
  EnrolmentTable,
  LearnerCourseSkillTable,
  LearnerTopicSkillTable,
  LessonTable,
  LessonTopicTable,
  ModuleTable,
  QuestionTable,
  QuestionTopicTable,
  QuestionVersionTable,
  TopicPrerequisiteTable,
  TopicTable,
  type User,
} from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { masteryLevel, predictCorrect, type Estimate } from "./lib/elo";
import type { TopicState } from "./lib/select";
import type { TopicMastery } from "./types";

export type PracticeCourse = { id: string; slug: string; title: string };

/** A course the learner is enrolled in (practice is for enrolled learners), or NOT_FOUND. */
export async function selectEnrolledCourse(db: Database, learner: Pick<User, "id">, courseSlug: string): Promise<PracticeCourse> {
  const [course] = await selectRows<PracticeCourse>(
    db,
    sql`select c.id, c.slug, c.title from ${CourseTable} c
        join ${EnrolmentTable} e on e.course_id = c.id and e.user_id = ${learner.id}
        where c.slug = ${courseSlug} limit 1`,
  );
  if (!course) throw new AppError("NOT_FOUND", "That course does not exist or you are not enrolled in it.");
  return course;
}

/** Practice questions: not archived, not essays (those need a person to mark them). */
export const practisableQuestionSql = sql`q.archived_at is null and qv.type <> 'essay'`;

type TopicRow = {
  course_id: string;
  id: string;
  slug: string;
  name: string;
  position: number;
  has_questions: boolean;
  prerequisite_ids: string[] | null;
  offset: number | null;
  count: number | null;
  correct: number | null;
  course_value: number | null;
  course_count: number | null;
};

export type CourseTopicStates = {
  topics: TopicState[];
  course: Estimate;
  correct: Map<string, number>;
  /** The learner's offset on each practised topic (topic skill = course skill + offset). */
  offsets: Map<string, number>;
};

/**
 * Every topic of a course with the learner's skill on it: course skill + topic offset, answers,
 * its place in the course (the first published lesson that teaches it), whether it has
 * practice questions, and its prerequisites. One statement.
 */
export async function selectTopicStates(db: Database, learnerId: string, courseId: string): Promise<CourseTopicStates> {
  const states = await selectTopicStatesOfCourses(db, learnerId, [courseId]);
  return states.get(courseId) ?? emptyTopicStates();
}

/** A course with no topics, or a learner with no evidence in it. */
export function emptyTopicStates(course: Estimate = { value: 0, count: 0 }): CourseTopicStates {
  return { topics: [], course, correct: new Map(), offsets: new Map() };
}

/** `selectTopicStates` for several courses at once (the dashboard shows every enrolled course): still one statement. */
export async function selectTopicStatesOfCourses(db: Database, learnerId: string, courseIds: readonly string[]): Promise<Map<string, CourseTopicStates>> {
  const byCourse = new Map<string, CourseTopicStates>();
  if (courseIds.length === 0) return byCourse;
  const rows = await selectRows<TopicRow>(
    db,
    sql`select t.course_id, t.id, t.slug, t.name,
          coalesce((select min(m.position * 10000 + l.position) from ${LessonTopicTable} lt
                     join ${LessonTable} l on l.id = lt.lesson_id and l.published_at is not null
                     join ${ModuleTable} m on m.id = l.module_id
                     where lt.topic_id = t.id), 100000000)::int as position,
          exists (select 1 from ${QuestionTopicTable} qt
                   join ${QuestionTable} q on q.id = qt.question_id
                   join ${QuestionVersionTable} qv on qv.question_id = q.id and qv.version = q.latest_version
                   where qt.topic_id = t.id and ${practisableQuestionSql}) as has_questions,
          (select json_agg(tp.prerequisite_id) from ${TopicPrerequisiteTable} tp where tp.topic_id = t.id) as prerequisite_ids,
          s.value as "offset", s.count, s.correct_count as correct,
          cs.value as course_value, cs.count as course_count
        from ${TopicTable} t
        left join ${LearnerTopicSkillTable} s on s.topic_id = t.id and s.user_id = ${learnerId}
        left join ${LearnerCourseSkillTable} cs on cs.course_id = t.course_id and cs.user_id = ${learnerId}
        where t.course_id in (${sql.join(courseIds.map((id) => sql`${id}::uuid`), sql`, `)})
        order by position, t.name`,
  );
  for (const row of rows) {
    let states = byCourse.get(row.course_id);
    if (!states) {
      states = emptyTopicStates({ value: Number(row.course_value ?? 0), count: Number(row.course_count ?? 0) });
      byCourse.set(row.course_id, states);
    }
    states.correct.set(row.id, Number(row.correct ?? 0));
    if (row.offset !== null) states.offsets.set(row.id, Number(row.offset));
    states.topics.push({
      topicId: row.id,
      slug: row.slug,
      name: row.name,
      position: Number(row.position),
      skill: { value: states.course.value + Number(row.offset ?? 0), count: Number(row.count ?? 0) },
      questionCount: row.has_questions ? 1 : 0,
      prerequisiteIds: row.prerequisite_ids ?? [],
    });
  }
  return byCourse;
}

export function toTopicMastery(topic: TopicState, correct: number): TopicMastery {
  return {
    topicId: topic.topicId,
    slug: topic.slug,
    name: topic.name,
    level: masteryLevel(topic.skill),
    chance: predictCorrect(topic.skill.value, 0),
    answers: topic.skill.count,
    correct,
    hasQuestions: topic.questionCount > 0,
    position: topic.position,
  };
}
