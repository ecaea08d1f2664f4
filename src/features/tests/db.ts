import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb, type Database } from "@/drizzle/db";
import { qualified } from "@/drizzle/qualified";
import { AttemptTable, CourseTable, QuestionTable, TestItemTable, TestTable, TopicTable, type Test, type User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { courseEditableBy } from "@/features/courses/db-visibility";
import { selectEditableCourse } from "@/features/questions/db";
import type { TestItemInput, TestSettings } from "./schemas";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

function settingsColumns(settings: TestSettings) {
  return {
    title: settings.title,
    description: settings.description,
    timeLimitSeconds: settings.timeLimitMinutes === null ? null : settings.timeLimitMinutes * 60,
    attemptsAllowed: settings.attemptsAllowed,
    gradingMethod: settings.gradingMethod,
    shuffleQuestions: settings.shuffleQuestions,
    shuffleOptions: settings.shuffleOptions,
    feedbackTiming: settings.feedbackTiming,
    correctAnswersTiming: settings.correctAnswersTiming,
    aiGrading: settings.aiGrading,
    opensAt: settings.opensAt,
    closesAt: settings.closesAt,
  };
}

/** A test of a course the caller may author; NOT_FOUND otherwise. */
export async function selectEditableTest(db: Database | Tx, author: User, testId: string): Promise<Test> {
  const [row] = await db
    .select({ test: TestTable })
    .from(TestTable)
    .innerJoin(CourseTable, eq(CourseTable.id, TestTable.courseId))
    .where(and(eq(TestTable.id, testId), courseEditableBy(author)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "That test does not exist or you cannot edit it.");
  return row.test;
}

export async function insertTest(author: User, courseId: string, settings: TestSettings): Promise<string> {
  const db = await getDb();
  const course = await selectEditableCourse(db, author, courseId);
  const [test] = await db
    .insert(TestTable)
    .values({ courseId: course.id, authorId: author.id, ...settingsColumns(settings) })
    .returning({ id: TestTable.id });
  return test!.id;
}

export async function updateTestSettings(author: User, testId: string, settings: TestSettings): Promise<void> {
  const db = await getDb();
  const test = await selectEditableTest(db, author, testId);
  await db.update(TestTable).set(settingsColumns(settings)).where(eq(TestTable.id, test.id));
}

export async function setTestPublished(author: User, testId: string, published: boolean): Promise<void> {
  const db = await getDb();
  const test = await selectEditableTest(db, author, testId);
  await db.update(TestTable).set({ publishedAt: published ? new Date() : null }).where(eq(TestTable.id, test.id));
}

/**
 * Replaces a test's lines in one transaction. Questions must be in the test's course bank;
 * draws name one of its topics. Attempts already started keep the questions they pinned.
 */
export async function replaceTestItems(author: User, testId: string, items: TestItemInput[]): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const test = await selectEditableTest(tx, author, testId);
    const questionIds = items.flatMap((item) => (item.kind === "question" ? [item.questionId] : []));
    const topicSlugs = items.flatMap((item) => (item.kind === "draw" ? [item.topicSlug] : []));
    const [questions, topics] = await Promise.all([
      questionIds.length > 0
        ? tx.select({ id: QuestionTable.id }).from(QuestionTable).where(and(eq(QuestionTable.courseId, test.courseId), inArray(QuestionTable.id, questionIds), isNull(QuestionTable.archivedAt)))
        : [],
      topicSlugs.length > 0
        ? tx.select({ id: TopicTable.id, slug: TopicTable.slug }).from(TopicTable).where(and(eq(TopicTable.courseId, test.courseId), inArray(TopicTable.slug, topicSlugs)))
        : [],
    ]);
    const knownQuestions = new Set(questions.map((question) => question.id));
    const missingQuestions = questionIds.filter((id) => !knownQuestions.has(id));
    if (missingQuestions.length > 0) throw new AppError("BAD_REQUEST", `${missingQuestions.length} chosen question(s) are not in this course's bank.`, { missingQuestions });
    const topicId = new Map(topics.map((topic) => [topic.slug, topic.id]));
    const missingTopics = topicSlugs.filter((slug) => !topicId.has(slug));
    if (missingTopics.length > 0) throw new AppError("BAD_REQUEST", `Unknown topic in this course: ${missingTopics.join(", ")}.`, { missingTopics });

    await tx.delete(TestItemTable).where(eq(TestItemTable.testId, test.id));
    if (items.length > 0) {
      await tx.insert(TestItemTable).values(
        items.map((item, index) =>
          item.kind === "question"
            ? { testId: test.id, position: index + 1, questionId: item.questionId, points: item.points }
            : { testId: test.id, position: index + 1, topicId: topicId.get(item.topicSlug)!, drawCount: item.drawCount, points: item.points },
        ),
      );
    }
    await tx.update(TestTable).set({ updatedAt: new Date() }).where(eq(TestTable.id, test.id));
  });
}

/** A test with its lines, for the editor. */
export async function selectTestForEditor(author: User, testId: string) {
  const db = await getDb();
  const test = await selectEditableTest(db, author, testId);
  const [items, attempts] = await Promise.all([
    db
      .select({
        position: TestItemTable.position,
        questionId: TestItemTable.questionId,
        topicSlug: TopicTable.slug,
        topicName: TopicTable.name,
        drawCount: TestItemTable.drawCount,
        points: TestItemTable.points,
      })
      .from(TestItemTable)
      .leftJoin(TopicTable, eq(TopicTable.id, TestItemTable.topicId))
      .where(eq(TestItemTable.testId, test.id))
      .orderBy(asc(TestItemTable.position)),
    db.select({ count: sql<number>`count(*)`.mapWith(Number) }).from(AttemptTable).where(eq(AttemptTable.testId, test.id)),
  ]);
  return { test, items, attemptCount: attempts[0]?.count ?? 0 };
}

/** The tests of a course the caller authors, newest first, with their size and attempt count. */
export async function selectCourseTests(author: User, courseId: string) {
  const db = await getDb();
  const course = await selectEditableCourse(db, author, courseId);
  return db
    .select({
      id: TestTable.id,
      title: TestTable.title,
      publishedAt: TestTable.publishedAt,
      timeLimitSeconds: TestTable.timeLimitSeconds,
      attemptsAllowed: TestTable.attemptsAllowed,
      questionCount: sql<number>`(select coalesce(sum(case when ${qualified(TestItemTable.questionId)} is null then ${qualified(TestItemTable.drawCount)} else 1 end), 0) from ${TestItemTable} where ${qualified(TestItemTable.testId)} = ${qualified(TestTable.id)})`.mapWith(Number),
      attemptCount: sql<number>`(select count(*) from ${AttemptTable} where ${qualified(AttemptTable.testId)} = ${qualified(TestTable.id)})`.mapWith(Number),
    })
    .from(TestTable)
    .where(eq(TestTable.courseId, course.id))
    .orderBy(desc(TestTable.createdAt));
}
