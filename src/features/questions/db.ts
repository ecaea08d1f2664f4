import "server-only";
import { and, asc, desc, eq, exists, inArray, isNull, sql } from "drizzle-orm";
import { getDb, type Database, type Transaction } from "@/drizzle/db";
import { selectRows } from "@/drizzle/execute";
import {
  AttemptItemTable,
  PracticeItemTable,
  CourseTable,
  QuestionTable,
  QuestionTopicTable,
  QuestionVersionTable,
  TopicTable,
  type QuestionType,
  type User,
} from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { courseEditableBy } from "@/features/courses/db-visibility";
import type { QuestionBody, QuestionDraft } from "./schemas";

type Tx = Transaction;

/** The course (by id) if the caller may author it; NOT_FOUND otherwise, so other courses stay invisible. */
export async function selectEditableCourse(db: Database | Tx, author: User, courseId: string) {
  const [course] = await db
    .select({ id: CourseTable.id, slug: CourseTable.slug, title: CourseTable.title, ownerId: CourseTable.ownerId })
    .from(CourseTable)
    .where(and(eq(CourseTable.id, courseId), courseEditableBy(author)))
    .limit(1);
  if (!course) throw new AppError("NOT_FOUND", "That course does not exist or you cannot edit it.");
  return course;
}

async function topicIdsBySlug(tx: Database | Tx, courseId: string, drafts: QuestionDraft[]) {
  const slugs = [...new Set(drafts.flatMap((draft) => draft.topicSlugs))];
  if (slugs.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: TopicTable.id, slug: TopicTable.slug })
    .from(TopicTable)
    .where(and(eq(TopicTable.courseId, courseId), inArray(TopicTable.slug, slugs)));
  const found = new Map(rows.map((row) => [row.slug, row.id]));
  const missing = slugs.filter((slug) => !found.has(slug));
  if (missing.length > 0) {
    throw new AppError("BAD_REQUEST", `Unknown topic${missing.length > 1 ? "s" : ""} in this course: ${missing.join(", ")}.`, { missing });
  }
  return found;
}

/**
 * Adds questions to a course's bank in one transaction: all of them or none. Returns the
 * new question ids in input order.
 */
export async function insertQuestions(author: User, courseId: string, drafts: QuestionDraft[]): Promise<string[]> {
  const db = await getDb();
  return db.transaction((tx) => insertQuestionsIn(tx, author, courseId, drafts));
}

/** insertQuestions inside the caller's transaction (approving an AI draft claims it in the same one). */
export async function insertQuestionsIn(tx: Tx, author: User, courseId: string, drafts: QuestionDraft[]): Promise<string[]> {
  const course = await selectEditableCourse(tx, author, courseId);
  const topics = await topicIdsBySlug(tx, course.id, drafts);
  if (drafts.length === 0) return [];
  const questions = await tx
    .insert(QuestionTable)
    .values(drafts.map(() => ({ courseId: course.id, authorId: author.id })))
    .returning({ id: QuestionTable.id });
  await tx.insert(QuestionVersionTable).values(
    drafts.map((draft, index) => ({ questionId: questions[index]!.id, version: 1, type: draft.body.type, body: draft.body, authorId: author.id })),
  );
  const tags = drafts.flatMap((draft, index) => draft.topicSlugs.map((slug) => ({ questionId: questions[index]!.id, topicId: topics.get(slug)! })));
  if (tags.length > 0) await tx.insert(QuestionTopicTable).values(tags).onConflictDoNothing();
  return questions.map((question) => question.id);
}

/**
 * Edits a question. Once any attempt has shown the current version it is frozen and the edit
 * becomes version n+1; otherwise the version is corrected in place. The version row is locked
 * first, so an attempt starting at the same moment either pins the old content or sees the new.
 */
export async function updateQuestion(author: User, questionId: string, draft: QuestionDraft): Promise<{ version: number; newVersion: boolean }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ questionId: QuestionTable.id, courseId: QuestionTable.courseId, versionId: QuestionVersionTable.id, version: QuestionVersionTable.version, type: QuestionVersionTable.type })
      .from(QuestionTable)
      .innerJoin(CourseTable, eq(CourseTable.id, QuestionTable.courseId))
      .innerJoin(QuestionVersionTable, and(eq(QuestionVersionTable.questionId, QuestionTable.id), eq(QuestionVersionTable.version, QuestionTable.latestVersion)))
      .where(and(eq(QuestionTable.id, questionId), courseEditableBy(author)))
      .for("update", { of: [QuestionTable, QuestionVersionTable] });
    if (!current) throw new AppError("NOT_FOUND", "That question does not exist or you cannot edit it.");
    if (current.type !== draft.body.type) {
      throw new AppError("BAD_REQUEST", "A question's type cannot change; create a new question instead.");
    }
    const topics = await topicIdsBySlug(tx, current.courseId, [draft]);
    // Shown in an attempt, or answered in practice: the stored answers must keep the content they answered.
    const [shown] = await selectRows(
      tx,
      sql`select 1 as one where exists (select 1 from ${AttemptItemTable} where ${AttemptItemTable.questionVersionId} = ${current.versionId})
        or exists (select 1 from ${PracticeItemTable} where ${PracticeItemTable.questionVersionId} = ${current.versionId} and ${PracticeItemTable.answeredAt} is not null)`,
    );
    let version = current.version;
    if (shown) {
      version += 1;
      await tx.insert(QuestionVersionTable).values({ questionId, version, type: draft.body.type, body: draft.body, authorId: author.id });
      await tx.update(QuestionTable).set({ latestVersion: version }).where(eq(QuestionTable.id, questionId));
    } else {
      await tx.update(QuestionVersionTable).set({ body: draft.body, authorId: author.id }).where(eq(QuestionVersionTable.id, current.versionId));
      await tx.update(QuestionTable).set({ updatedAt: new Date() }).where(eq(QuestionTable.id, questionId));
    }
    await tx.delete(QuestionTopicTable).where(eq(QuestionTopicTable.questionId, questionId));
    const tags = draft.topicSlugs.map((slug) => ({ questionId, topicId: topics.get(slug)! }));
    if (tags.length > 0) await tx.insert(QuestionTopicTable).values(tags);
    return { version, newVersion: Boolean(shown) };
  });
}

/** Archived questions leave the bank and random draws; attempts that showed them keep them. */
export async function setQuestionArchived(author: User, questionId: string, archived: boolean): Promise<void> {
  const db = await getDb();
  const updated = await db
    .update(QuestionTable)
    .set({ archivedAt: archived ? new Date() : null })
    .where(
      and(
        eq(QuestionTable.id, questionId),
        inArray(QuestionTable.courseId, db.select({ id: CourseTable.id }).from(CourseTable).where(courseEditableBy(author))),
      ),
    )
    .returning({ id: QuestionTable.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND", "That question does not exist or you cannot edit it.");
}

export type BankQuestion = {
  id: string;
  version: number;
  type: QuestionType;
  body: QuestionBody;
  topicSlugs: string[];
  archived: boolean;
  shown: boolean;
  updatedAt: Date;
};

/** A course's question bank (latest versions), optionally one topic or type, newest first. */
export async function selectQuestionBank(
  author: User,
  courseId: string,
  filter: { topicSlug?: string; type?: QuestionType; includeArchived?: boolean; questionIds?: string[] } = {},
): Promise<BankQuestion[]> {
  const db = await getDb();
  const course = await selectEditableCourse(db, author, courseId);
  const topicFilter = filter.topicSlug
    ? exists(
        db
          .select({ one: sql`1` })
          .from(QuestionTopicTable)
          .innerJoin(TopicTable, eq(TopicTable.id, QuestionTopicTable.topicId))
          .where(and(eq(QuestionTopicTable.questionId, QuestionTable.id), eq(TopicTable.slug, filter.topicSlug))),
      )
    : undefined;
  const rows = await db
    .select({
      id: QuestionTable.id,
      version: QuestionVersionTable.version,
      type: QuestionVersionTable.type,
      body: QuestionVersionTable.body,
      archivedAt: QuestionTable.archivedAt,
      updatedAt: QuestionTable.updatedAt,
      topicSlugs: sql<string[]>`coalesce((select array_agg(${TopicTable.slug} order by ${TopicTable.slug}) from ${QuestionTopicTable} join ${TopicTable} on ${TopicTable.id} = ${QuestionTopicTable.topicId} where ${QuestionTopicTable.questionId} = ${QuestionTable.id}), '{}')`,
      shown: sql<boolean>`exists (select 1 from ${AttemptItemTable} where ${AttemptItemTable.questionVersionId} = ${QuestionVersionTable.id})`,
    })
    .from(QuestionTable)
    .innerJoin(QuestionVersionTable, and(eq(QuestionVersionTable.questionId, QuestionTable.id), eq(QuestionVersionTable.version, QuestionTable.latestVersion)))
    .where(
      and(
        eq(QuestionTable.courseId, course.id),
        filter.includeArchived ? undefined : isNull(QuestionTable.archivedAt),
        filter.type ? eq(QuestionVersionTable.type, filter.type) : undefined,
        filter.questionIds ? inArray(QuestionTable.id, filter.questionIds) : undefined,
        topicFilter,
      ),
    )
    .orderBy(desc(QuestionTable.createdAt), asc(QuestionTable.id));
  return rows.map(({ archivedAt, ...row }) => ({ ...row, archived: archivedAt !== null }));
}

/** The bank as drafts, ready for GIFT or JSON export. */
export async function selectQuestionDrafts(author: User, courseId: string): Promise<QuestionDraft[]> {
  const bank = await selectQuestionBank(author, courseId);
  return bank.map((question) => ({ body: question.body, topicSlugs: question.topicSlugs }));
}
