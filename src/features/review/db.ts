import "server-only";
import { sql } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import {
  AttemptItemTable,
  AttemptTable,
  CourseTable,
  LearnerSettingsTable,
  QuestionTable,
  QuestionVersionTable,
  ReviewCardTable,
  ReviewLogTable,
  type ReviewCardSource,
  type ReviewState,
  type User,
} from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import type { QuestionBody } from "@/features/questions/schemas";
import { presentQuestion } from "@/features/attempts/lib/present";
import { lessonMarkdownToHtml } from "@/features/courses/lib/markdown-html";
import { forecastDays, isValidTimeZone, localDayKey, startOfLocalDay, startOfNextLocalDay } from "./lib/days";
import { formatInterval, previewIntervals, type CardMemory, type ReviewRating } from "./lib/scheduler";
import type { ReviewCardView, ReviewSummary } from "./types";

export type LearnerSchedule = { timeZone: string; desiredRetention: number; timeZoneSet: boolean };

/** The learner's review settings (defaults until they choose: UTC, 90% retention). */
export async function selectLearnerSchedule(db: Database, learnerId: string): Promise<LearnerSchedule> {
  const [row] = await selectRows<{ time_zone: string | null; desired_retention: number }>(
    db,
    sql`select time_zone, desired_retention from ${LearnerSettingsTable} where user_id = ${learnerId}`,
  );
  const timeZone = row?.time_zone && isValidTimeZone(row.time_zone) ? row.time_zone : "UTC";
  return { timeZone, desiredRetention: Number(row?.desired_retention ?? 0.9), timeZoneSet: Boolean(row?.time_zone) };
}

export type CardRow = {
  id: string;
  user_id: string;
  question_id: string | null;
  front: string | null;
  back: string | null;
  source: ReviewCardSource;
  starred: boolean;
  due: Date | string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: ReviewState;
  last_review: Date | string | null;
  body: QuestionBody | null;
  course_title: string | null;
};

/** Cards joined to their question's current version (a card follows the question's latest wording). */
const cardsWithQuestionsSql = sql`${ReviewCardTable} rc
  left join ${QuestionTable} q on q.id = rc.question_id
  left join ${QuestionVersionTable} qv on qv.question_id = q.id and qv.version = q.latest_version`;

export const cardSelectSql = sql`select rc.id, rc.user_id, rc.question_id, rc.front, rc.back, rc.source, rc.starred, rc.due, rc.stability, rc.difficulty,
    rc.elapsed_days, rc.scheduled_days, rc.learning_steps, rc.reps, rc.lapses, rc.state, rc.last_review, qv.body, c.title as course_title
  from ${cardsWithQuestionsSql}
  left join ${CourseTable} c on c.id = rc.course_id`;

export function memoryOf(row: CardRow): CardMemory {
  return {
    due: new Date(row.due),
    stability: Number(row.stability),
    difficulty: Number(row.difficulty),
    elapsedDays: Number(row.elapsed_days),
    scheduledDays: Number(row.scheduled_days),
    learningSteps: Number(row.learning_steps),
    reps: Number(row.reps),
    lapses: Number(row.lapses),
    state: row.state,
    lastReview: row.last_review ? new Date(row.last_review) : null,
  };
}

function viewOf(row: CardRow, now: Date, schedule: LearnerSchedule): ReviewCardView {
  const memory = memoryOf(row);
  // A request that started just before a concurrent rating of this card (two tabs, a double
  // click) reads a last review later than its own clock: preview from that review instead.
  const at = memory.lastReview && memory.lastReview > now ? memory.lastReview : now;
  const previews = previewIntervals(memory, at, schedule.desiredRetention);
  const intervals = { 1: formatInterval(at, previews[1]), 2: formatInterval(at, previews[2]), 3: formatInterval(at, previews[3]), 4: formatInterval(at, previews[4]) };
  const common = { cardId: row.id, reps: Number(row.reps), source: row.source, starred: row.starred, courseTitle: row.course_title, intervals };
  if (row.body) return { ...common, kind: "question", question: presentQuestion(row.body, null) };
  const front = row.front ?? "";
  const back = row.back ?? "";
  return { ...common, kind: "flashcard", front, back, frontHtml: lessonMarkdownToHtml(front), backHtml: lessonMarkdownToHtml(back) };
}

/** Questions in the learner's open test attempts: their cards wait until the attempt is over. */
export const openAttemptQuestionsSql = (learnerId: string) =>
  sql`select ai.question_id from ${AttemptItemTable} ai join ${AttemptTable} a on a.id = ai.attempt_id where a.user_id = ${learnerId} and a.state = 'in_progress'`;

/**
 * Cards the learner can review now: due before the end of their day, not suspended, questions
 * not archived and not part of a test the learner has open (a card shows the answer).
 */
const reviewableSql = (learnerId: string, endOfDay: Date) =>
  sql`rc.user_id = ${learnerId} and rc.suspended_at is null and rc.due < ${endOfDay.toISOString()}::timestamptz
      and (rc.question_id is null or (q.archived_at is null and qv.type <> 'essay' and rc.question_id not in (${openAttemptQuestionsSql(learnerId)})))`;

/** The next card of today's queue (earliest due first), with how many remain. */
export async function selectNextReviewCard(learner: Pick<User, "id">, now: Date): Promise<{ card: ReviewCardView | null; remaining: number; schedule: LearnerSchedule }> {
  const db = await getDb();
  const schedule = await selectLearnerSchedule(db, learner.id);
  const endOfDay = startOfNextLocalDay(now, schedule.timeZone);
  // The window count is taken before the limit: the first card and how many are left, in one statement.
  const [row] = await selectRows<CardRow & { remaining: number }>(
    db,
    sql`select cards.*, count(*) over ()::int as remaining
        from (${cardSelectSql} where ${reviewableSql(learner.id, endOfDay)}) cards
        order by cards.due, cards.id limit 1`,
  );
  if (!row) return { card: null, remaining: 0, schedule };
  return { card: viewOf(row, now, schedule), remaining: Number(row.remaining), schedule };
}

/** Due counts, today's reviews and the 30-day forecast for the dashboard and the review page. */
export async function selectReviewSummary(learner: Pick<User, "id">, now: Date): Promise<ReviewSummary> {
  const db = await getDb();
  const schedule = await selectLearnerSchedule(db, learner.id);
  const startOfToday = startOfLocalDay(now, schedule.timeZone);
  const horizon = new Date(startOfNextLocalDay(now, schedule.timeZone).getTime() + 31 * 86_400_000);
  const [dues, [counts]] = await Promise.all([
    selectRows<{ due: Date | string }>(
      db,
      sql`select rc.due from ${cardsWithQuestionsSql} where ${reviewableSql(learner.id, horizon)}`,
    ),
    selectRows<{ total: number; reviewed_today: number }>(
      db,
      sql`select (select count(*)::int from ${ReviewCardTable} where user_id = ${learner.id} and suspended_at is null) as total,
            (select count(*)::int from ${ReviewLogTable} where user_id = ${learner.id} and reviewed_at >= ${startOfToday.toISOString()}::timestamptz) as reviewed_today`,
    ),
  ]);
  const forecast = forecastDays(dues.map((row) => new Date(row.due)), now, schedule.timeZone, 30);
  return {
    ...schedule,
    dueToday: forecast[0]?.count ?? 0,
    reviewedToday: Number(counts?.reviewed_today ?? 0),
    totalCards: Number(counts?.total ?? 0),
    forecast,
  };
}

/** The learner's own card, or NOT_FOUND (someone else's card is indistinguishable from none). */
export async function selectOwnCard(db: Database | Transaction, learnerId: string, cardId: string): Promise<CardRow> {
  const [row] = await selectRows<CardRow>(db, sql`${cardSelectSql} where rc.id = ${cardId} and rc.user_id = ${learnerId}`);
  if (!row) throw new AppError("NOT_FOUND", "That review card does not exist or is not yours.");
  return row;
}

/** A card is due for review from the start of its due day (in the learner's time zone). */
export async function assertNotInOpenTest(db: Database | Transaction, learnerId: string, row: CardRow): Promise<void> {
  if (!row.question_id) return;
  const [open] = await selectRows<{ question_id: string }>(db, sql`select question_id from (${openAttemptQuestionsSql(learnerId)}) open where question_id = ${row.question_id} limit 1`);
  if (open) throw new AppError("CONFLICT", "This question is in a test you have open: review it after you submit.");
}

export function assertDue(row: CardRow, now: Date, schedule: LearnerSchedule): void {
  const due = new Date(row.due);
  if (due >= startOfNextLocalDay(now, schedule.timeZone)) {
    throw new AppError("CONFLICT", `This card is not due yet: it comes back on ${localDayKey(due, schedule.timeZone)}.`, { due: due.toISOString() });
  }
}

export type { ReviewRating };
