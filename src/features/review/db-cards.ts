import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import { EnrolmentTable, CourseTable, LearnerSettingsTable, PracticeItemTable, ReviewCardTable, type User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { isValidTimeZone } from "./lib/days";
import { MAX_RETENTION, MIN_RETENTION } from "./lib/scheduler";

/**
 * Stars the question of a practice item the learner answered: it becomes a review card due now,
 * or, when it is a card already, keeps its schedule and is marked starred. Starring twice changes
 * nothing; a suspended card comes back.
 */
export async function starPracticeQuestion(learner: Pick<User, "id">, itemId: string, now: Date): Promise<{ cardId: string }> {
  const db = await getDb();
  const [row] = await selectRows<{ id: string }>(
    db,
    sql`insert into ${ReviewCardTable} (user_id, course_id, question_id, source, starred, due)
        select pi.user_id, pi.course_id, pi.question_id, 'starred', true, ${now.toISOString()}::timestamptz
        from ${PracticeItemTable} pi where pi.id = ${itemId} and pi.user_id = ${learner.id} and pi.answered_at is not null
        on conflict (user_id, question_id) where question_id is not null
        do update set starred = true, suspended_at = null, updated_at = now()
        returning id`,
  );
  if (!row) throw new AppError("NOT_FOUND", "That question was not answered by you in practice.");
  return { cardId: row.id };
}

/** A flashcard the learner wrote, due at once; optionally tied to a course they are enrolled in. */
export async function insertOwnFlashcard(
  learner: Pick<User, "id">,
  card: { front: string; back: string; courseSlug: string | null },
  now: Date,
): Promise<{ cardId: string }> {
  const db = await getDb();
  let courseId: string | null = null;
  if (card.courseSlug) {
    const [course] = await selectRows<{ id: string }>(
      db,
      sql`select c.id from ${CourseTable} c join ${EnrolmentTable} e on e.course_id = c.id and e.user_id = ${learner.id} where c.slug = ${card.courseSlug}`,
    );
    if (!course) throw new AppError("NOT_FOUND", "That course does not exist or you are not enrolled in it.");
    courseId = course.id;
  }
  const [row] = await selectRows<{ id: string }>(
    db,
    sql`insert into ${ReviewCardTable} (user_id, course_id, front, back, source, due)
        values (${learner.id}, ${courseId}, ${card.front}, ${card.back}, 'own', ${now.toISOString()}::timestamptz) returning id`,
  );
  return { cardId: row!.id };
}

/** Takes a card out of the queue (or puts it back); only the learner's own cards. */
export async function setCardSuspended(learner: Pick<User, "id">, cardId: string, suspended: boolean): Promise<void> {
  const db = await getDb();
  const rows = await selectRows<{ id: string }>(
    db,
    sql`update ${ReviewCardTable} set suspended_at = ${suspended ? sql`now()` : sql`null`}, updated_at = now()
        where id = ${cardId} and user_id = ${learner.id} returning id`,
  );
  if (rows.length === 0) throw new AppError("NOT_FOUND", "That review card does not exist or is not yours.");
}

/** Saves the learner's desired retention and/or time zone (validated here as well as in the action). */
export async function upsertLearnerSettings(learner: Pick<User, "id">, settings: { desiredRetention?: number; timeZone?: string }): Promise<void> {
  const { desiredRetention, timeZone } = settings;
  if (desiredRetention !== undefined && !(desiredRetention >= MIN_RETENTION && desiredRetention <= MAX_RETENTION)) {
    throw new AppError("BAD_REQUEST", `Desired retention is between ${MIN_RETENTION * 100}% and ${MAX_RETENTION * 100}%.`);
  }
  if (timeZone !== undefined && !isValidTimeZone(timeZone)) throw new AppError("BAD_REQUEST", `"${timeZone}" is not a time zone.`);
  const db = await getDb();
  await db.execute(
    sql`insert into ${LearnerSettingsTable} (user_id, desired_retention, time_zone)
        values (${learner.id}, ${desiredRetention ?? 0.9}, ${timeZone ?? null})
        on conflict (user_id) do update set
          desired_retention = ${desiredRetention === undefined ? sql`${LearnerSettingsTable}.desired_retention` : sql`${desiredRetention}`},
          time_zone = ${timeZone === undefined ? sql`${LearnerSettingsTable}.time_zone` : sql`${timeZone}`},
          updated_at = now()`,
  );
}
