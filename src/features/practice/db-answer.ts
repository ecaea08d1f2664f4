import "server-only";
import { sql } from "drizzle-orm";
import { getDb, type Database } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import {
  LearnerCourseSkillTable,
  LearnerSettingsTable,
  LearnerTopicSkillTable,
  LessonTable,
  LessonTopicTable,
  PracticeItemTable,
  QuestionDifficultyTable,
  QuestionVersionTable,
  ReadNextTable,
  ReviewCardTable,
  TopicTable,
  CourseTable,
  type PracticeMode,
  type User,
} from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { gradeObjectiveAnswer } from "@/features/questions/lib/grade-objective";
import type { QuestionBody } from "@/features/questions/schemas";
import { presentReview } from "@/features/attempts/lib/present";
import { startOfNextLocalDay } from "@/features/review/lib/days";
import { masteryLevel, predictCorrect, updateHierarchical, type Estimate } from "./lib/elo";
import { bestPassage, type PassageMatch } from "./lib/passages";
import { presentServed } from "./db-serve";
import type { LessonLink, PracticeFeedback } from "./types";

type ItemRow = {
  id: string;
  course_id: string;
  course_slug: string;
  topic_id: string;
  topic_slug: string;
  topic_name: string;
  question_id: string;
  mode: PracticeMode;
  placement_id: string | null;
  body: QuestionBody;
  guess: number;
  answered_at: Date | null;
  skipped_at: Date | null;
  response: unknown;
  score: number | null;
  skill_before: number | null;
  skill_after: number | null;
  topic_count: number | null;
};

async function selectItem(db: Database, learnerId: string, itemId: string): Promise<ItemRow | undefined> {
  const [row] = await selectRows<ItemRow>(
    db,
    sql`select pi.id, pi.course_id, c.slug as course_slug, pi.topic_id, t.slug as topic_slug, t.name as topic_name, pi.question_id,
          pi.mode, pi.placement_id, qv.body, qv.guess_chance as guess, pi.answered_at, pi.skipped_at, pi.response, pi.score,
          pi.skill_before, pi.skill_after, s.count as topic_count
        from ${PracticeItemTable} pi
        join ${CourseTable} c on c.id = pi.course_id
        join ${TopicTable} t on t.id = pi.topic_id
        join ${QuestionVersionTable} qv on qv.id = pi.question_version_id
        left join ${LearnerTopicSkillTable} s on s.user_id = pi.user_id and s.topic_id = pi.topic_id
        where pi.id = ${itemId} and pi.user_id = ${learnerId}`,
  );
  return row;
}

/** The passage of the topic's lessons that best explains the question (or the topic's first lesson). */
async function findPassage(db: Database, topicId: string, body: QuestionBody): Promise<PassageMatch | null> {
  const lessons = await selectRows<{ id: string; slug: string; title: string; markdown: string }>(
    db,
    sql`select l.id, l.slug, l.title, l.markdown from ${LessonTopicTable} lt
        join ${LessonTable} l on l.id = lt.lesson_id and l.published_at is not null
        where lt.topic_id = ${topicId} order by l.position limit 8`,
  );
  const options = body.type === "single_choice" || body.type === "multiple_choice" ? body.options.filter((o) => o.correct).map((o) => o.text).join(" ") : "";
  const match = bestPassage(`${body.stem} ${options} ${body.explanation}`, lessons.map((lesson) => ({ lessonId: lesson.id, ...lesson })));
  const first = lessons[0];
  if (match || !first) return match;
  return { lessonId: first.id, slug: first.slug, lessonTitle: first.title, anchor: "", heading: first.title, score: 0 };
}

function lessonLink(courseSlug: string, passage: PassageMatch | null): LessonLink | null {
  if (!passage) return null;
  const hash = passage.anchor ? `#${passage.anchor}` : "";
  return { href: `/courses/${courseSlug}/lessons/${passage.slug}${hash}`, lessonTitle: passage.lessonTitle, heading: passage.heading };
}

type ModelRow = { course_value: number; course_count: number; topic_value: number; topic_count: number; difficulty: number; difficulty_count: number; time_zone: string | null };

type Applied = { before: Estimate; after: Estimate; readNextQueued: boolean; reviewCardAdded: boolean };

/**
 * The answer's transaction: claims the served item (the one conditional UPDATE that makes a
 * repeated request a replay), locks the learner's skills and the question's difficulty, and
 * writes the model update, a review card and a read-next entry for a miss — all or nothing.
 * Returns null when another request recorded this answer first.
 */
async function applyAnswer(
  db: Database,
  learnerId: string,
  item: ItemRow,
  answer: { response: unknown; score: number; durationMs: number | null },
  passage: PassageMatch | null,
  now: Date,
): Promise<Applied | null> {
  const correct = answer.score >= 1;
  return db.transaction(async (tx) => {
    const claimed = await selectRows<{ id: string }>(
      tx,
      sql`update ${PracticeItemTable} set answered_at = now(), response = ${JSON.stringify(answer.response)}::jsonb, score = ${answer.score},
            correct = ${correct}, duration_ms = ${answer.durationMs}
          where id = ${item.id} and user_id = ${learnerId} and answered_at is null and skipped_at is null
          returning id`,
    );
    if (claimed.length === 0) return null;
    const [model] = await selectRows<ModelRow>(
      tx,
      sql`select cs.value as course_value, cs.count as course_count, ts.value as topic_value, ts.count as topic_count,
            d.value as difficulty, d.count as difficulty_count, ls.time_zone
          from ${LearnerCourseSkillTable} cs
          join ${LearnerTopicSkillTable} ts on ts.user_id = cs.user_id and ts.topic_id = ${item.topic_id}
          join ${QuestionDifficultyTable} d on d.question_id = ${item.question_id}
          left join ${LearnerSettingsTable} ls on ls.user_id = cs.user_id
          where cs.user_id = ${learnerId} and cs.course_id = ${item.course_id}
          for update of cs, ts, d`,
    );
    // Served items create these rows; a missing one means the data was changed underneath.
    if (!model) throw new Error(`learner model rows missing for practice item ${item.id}`);
    const state = { course: { value: model.course_value, count: model.course_count }, topic: { value: model.topic_value, count: model.topic_count } };
    const next = updateHierarchical(state, { value: model.difficulty, count: model.difficulty_count }, answer.score, { guess: Number(item.guess) });
    const before = { value: state.course.value + state.topic.value, count: state.topic.count };
    const after = { value: next.course.value + next.topic.value, count: next.topic.count };
    const missed = !correct;
    const cardDue = startOfNextLocalDay(now, model.time_zone ?? "UTC");
    const [written] = await selectRows<{ card_added: boolean; read_next_queued: boolean }>(
      tx,
      sql`with course_skill as (
            update ${LearnerCourseSkillTable} set value = ${next.course.value}, count = ${next.course.count}, updated_at = now()
            where user_id = ${learnerId} and course_id = ${item.course_id}
          ), topic_skill as (
            update ${LearnerTopicSkillTable} set value = ${next.topic.value}, count = ${next.topic.count},
              correct_count = correct_count + ${correct ? 1 : 0}, last_practiced_at = now(), updated_at = now()
            where user_id = ${learnerId} and topic_id = ${item.topic_id}
          ), difficulty as (
            update ${QuestionDifficultyTable} set value = ${next.question.value}, count = ${next.question.count}, updated_at = now()
            where question_id = ${item.question_id}
          ), item as (
            update ${PracticeItemTable} set expected = ${next.expected}, skill_before = ${before.value}, skill_after = ${after.value}
            where id = ${item.id}
          ), card as (
            insert into ${ReviewCardTable} (user_id, course_id, question_id, source, due)
            select ${learnerId}, ${item.course_id}, ${item.question_id}, 'practice_miss', ${cardDue.toISOString()}::timestamptz
            where ${missed}
            on conflict (user_id, question_id) where question_id is not null do nothing
            returning id
          ), read_next as (
            insert into ${ReadNextTable} (user_id, course_id, lesson_id, anchor, heading, question_id)
            select ${learnerId}, ${item.course_id}, ${passage?.lessonId ?? null}::uuid, ${passage?.anchor ?? ""}, ${passage?.heading ?? ""}, ${item.question_id}
            where ${missed && passage !== null}
            on conflict (user_id, lesson_id, anchor) where done_at is null do nothing
            returning id
          )
          select exists (select 1 from card) as card_added, exists (select 1 from read_next) as read_next_queued`,
    );
    return { before, after, reviewCardAdded: Boolean(written?.card_added), readNextQueued: Boolean(written?.read_next_queued) };
  });
}

function feedbackOf(item: ItemRow, response: unknown, score: number, applied: Applied, passage: PassageMatch | null, replayed: boolean): PracticeFeedback {
  const review = presentReview(item.body, { response, score, feedback: null }, { showScore: true, showFeedback: true, showCorrectAnswers: true });
  return {
    itemId: item.id,
    replayed,
    correct: score >= 1,
    score,
    question: presentServed(item.body),
    response,
    review,
    lesson: lessonLink(item.course_slug, passage),
    topic: {
      slug: item.topic_slug,
      name: item.topic_name,
      levelBefore: masteryLevel(applied.before),
      levelAfter: masteryLevel(applied.after),
      chanceBefore: predictCorrect(applied.before.value, 0),
      chanceAfter: predictCorrect(applied.after.value, 0),
    },
    readNextQueued: applied.readNextQueued,
    reviewCardAdded: applied.reviewCardAdded,
  };
}

/** A repeated request gets the recorded answer's feedback; nothing is written again. */
function replayOf(item: ItemRow, passage: PassageMatch | null): PracticeFeedback {
  const count = Number(item.topic_count ?? 1);
  const applied: Applied = {
    before: { value: Number(item.skill_before ?? 0), count: Math.max(0, count - 1) },
    after: { value: Number(item.skill_after ?? 0), count },
    readNextQueued: false,
    reviewCardAdded: false,
  };
  return feedbackOf(item, item.response, Number(item.score ?? 0), applied, passage, true);
}

/**
 * Records a practice answer once. The served item's id is the idempotency key: a repeated or
 * concurrent request replays the recorded answer; an item not served to this learner is
 * NOT_FOUND; a skipped one is a CONFLICT; a malformed response is refused before any write.
 */
export async function recordPracticeAnswer(
  learner: Pick<User, "id">,
  itemId: string,
  response: unknown,
  durationMs: number | null,
  now: Date,
): Promise<{ feedback: PracticeFeedback; item: { mode: PracticeMode; placementId: string | null; courseId: string } }> {
  const db = await getDb();
  const item = await selectItem(db, learner.id, itemId);
  if (!item) throw new AppError("NOT_FOUND", "That question was not served to you.");
  const meta = { mode: item.mode, placementId: item.placement_id, courseId: item.course_id };
  if (item.skipped_at) throw new AppError("CONFLICT", "That question was skipped; ask for the next one.");
  const passage = await findPassage(db, item.topic_id, item.body);
  if (item.answered_at) return { feedback: replayOf(item, passage), item: meta };
  const score = gradeObjectiveAnswer(item.body, response);
  const applied = await applyAnswer(db, learner.id, item, { response, score, durationMs }, passage, now);
  if (applied) return { feedback: feedbackOf(item, response, score, applied, passage, false), item: meta };
  // Another request recorded it (or skipped it) first: read what it wrote.
  const recorded = await selectItem(db, learner.id, itemId);
  if (!recorded?.answered_at) throw new AppError("CONFLICT", "That question was skipped; ask for the next one.");
  return { feedback: replayOf(recorded, passage), item: meta };
}
