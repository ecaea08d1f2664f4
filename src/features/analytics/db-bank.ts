import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import { QuestionDifficultyTable, QuestionTable, QuestionTopicTable, QuestionVersionTable, TopicTable } from "@/drizzle/schema";
import { practisableQuestionSql } from "@/features/practice/db-topics";
import type { BankQuestion } from "./lib/readiness";

// A course's practice bank as the learner model sees it, shared by every learner of the course.
// Readiness on the dashboard needs the whole bank (10,000 questions in the bench's course: tens of
// milliseconds per view as a per-learner SQL aggregate); the bank itself changes slowly (a new
// question, a retired one, difficulties drifting a little with each answer), so each server
// process keeps it for a minute and computes each learner's readiness from it in memory.
const BANK_TTL_MS = 60_000;
const MAX_COURSES = 200;

type Entry = { expiresAt: number; bank: Promise<BankQuestion[]> };
const banks = new Map<string, Entry>();

type BankRow = { course_id: string; guess: number; difficulty: number; topic_ids: string[] | null };

async function selectBanks(db: Database, courseIds: readonly string[]): Promise<Map<string, BankQuestion[]>> {
  const ids = sql.join(courseIds.map((id) => sql`${id}::uuid`), sql`, `);
  const rows = await selectRows<BankRow>(
    db,
    sql`select q.course_id, qv.guess_chance as guess, coalesce(d.value, 0) as difficulty,
          (select array_agg(qt.topic_id) from ${QuestionTopicTable} qt join ${TopicTable} t on t.id = qt.topic_id
            where qt.question_id = q.id and t.course_id = q.course_id) as topic_ids
        from ${QuestionTable} q
        join ${QuestionVersionTable} qv on qv.question_id = q.id and qv.version = q.latest_version
        left join ${QuestionDifficultyTable} d on d.question_id = q.id
        where q.course_id in (${ids}) and ${practisableQuestionSql}`,
  );
  const byCourse = new Map<string, BankQuestion[]>(courseIds.map((id) => [id, []]));
  for (const row of rows) byCourse.get(row.course_id)?.push({ guess: Number(row.guess), difficulty: Number(row.difficulty), topicIds: row.topic_ids ?? [] });
  return byCourse;
}

/**
 * The practice banks of these courses, from this process's one-minute cache where it has them;
 * the missing ones are read together in one statement (and shared with concurrent callers).
 */
export async function selectPracticeBanks(db: Database, courseIds: readonly string[], now = Date.now()): Promise<Map<string, BankQuestion[]>> {
  const pending = new Map<string, Promise<BankQuestion[]>>();
  const missing: string[] = [];
  for (const id of courseIds) {
    const entry = banks.get(id);
    if (entry && entry.expiresAt > now) pending.set(id, entry.bank);
    else missing.push(id);
  }
  if (missing.length > 0) {
    const read = selectBanks(db, missing);
    for (const id of missing) {
      const entry: Entry = { expiresAt: now + BANK_TTL_MS, bank: read.then((byCourse) => byCourse.get(id) ?? []) };
      // A failed read is not kept: the next view reads again (the caller sees the error through `pending`).
      entry.bank.catch(() => {
        if (banks.get(id) === entry) banks.delete(id);
      });
      banks.delete(id);
      banks.set(id, entry);
      pending.set(id, entry.bank);
    }
    while (banks.size > MAX_COURSES) banks.delete(banks.keys().next().value!);
  }
  const entries = await Promise.all([...pending].map(async ([id, bank]) => [id, await bank] as const));
  return new Map(entries);
}
