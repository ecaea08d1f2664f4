import "server-only";
import { and, asc, eq, gt, lt, desc, inArray, sql } from "drizzle-orm";
import { getDb, type Database } from "@/drizzle/db";
import { CourseTable, LessonTable, LessonTopicTable, ModuleTable, TopicTable, type User } from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { writeLessonChunks } from "@/features/search/db-index";
import { courseEditableBy } from "./db-visibility";
import { withUniqueSlug } from "./db-authoring";
import type { LessonInput, ModuleInput } from "./schemas-authoring";
import { slugify } from "./schemas-authoring";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

const editableCourseIds = (db: Database | Tx, author: User) => db.select({ id: CourseTable.id }).from(CourseTable).where(courseEditableBy(author));

/** The whole course for its editor: details, topics, modules with every lesson (drafts too). */
export async function selectCourseForEditor(author: User, courseId: string) {
  const db = await getDb();
  const [course] = await db.select().from(CourseTable).where(and(eq(CourseTable.id, courseId), courseEditableBy(author))).limit(1);
  if (!course) return null;
  const [topics, modules, lessons] = await Promise.all([
    db.select().from(TopicTable).where(eq(TopicTable.courseId, course.id)).orderBy(asc(TopicTable.name)),
    db.select().from(ModuleTable).where(eq(ModuleTable.courseId, course.id)).orderBy(asc(ModuleTable.position)),
    db
      .select({ id: LessonTable.id, moduleId: LessonTable.moduleId, slug: LessonTable.slug, title: LessonTable.title, publishedAt: LessonTable.publishedAt, estimatedMinutes: LessonTable.estimatedMinutes })
      .from(LessonTable)
      .where(eq(LessonTable.courseId, course.id))
      .orderBy(asc(LessonTable.position)),
  ]);
  return { course, topics, modules: modules.map((courseModule) => ({ ...courseModule, lessons: lessons.filter((lesson) => lesson.moduleId === courseModule.id) })) };
}

export async function insertModule(author: User, courseId: string, input: ModuleInput): Promise<string> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [course] = await tx.select({ id: CourseTable.id }).from(CourseTable).where(and(eq(CourseTable.id, courseId), courseEditableBy(author))).for("update");
    if (!course) throw new AppError("NOT_FOUND", "That course does not exist or you cannot edit it.");
    const [last] = await tx.select({ position: ModuleTable.position }).from(ModuleTable).where(eq(ModuleTable.courseId, course.id)).orderBy(desc(ModuleTable.position)).limit(1);
    const base = slugify(input.title) || "module";
    const [row] = await tx
      .insert(ModuleTable)
      .values({ courseId: course.id, title: input.title, summary: input.summary, slug: `${base}-${Date.now().toString(36)}`, position: (last?.position ?? -1) + 1 })
      .returning({ id: ModuleTable.id });
    return row!.id;
  });
}

export async function updateModule(author: User, moduleId: string, input: ModuleInput): Promise<void> {
  const db = await getDb();
  const updated = await db
    .update(ModuleTable)
    .set(input)
    .where(and(eq(ModuleTable.id, moduleId), inArray(ModuleTable.courseId, editableCourseIds(db, author))))
    .returning({ id: ModuleTable.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND", "That module does not exist or you cannot edit it.");
}

export async function deleteModule(author: User, moduleId: string): Promise<void> {
  const db = await getDb();
  // Rights first: someone who cannot edit the course must not learn whether the module has lessons.
  const [editable] = await db
    .select({ id: ModuleTable.id })
    .from(ModuleTable)
    .where(and(eq(ModuleTable.id, moduleId), inArray(ModuleTable.courseId, editableCourseIds(db, author))));
  if (!editable) throw new AppError("NOT_FOUND", "That module does not exist or you cannot edit it.");
  const [lesson] = await db.select({ id: LessonTable.id }).from(LessonTable).where(eq(LessonTable.moduleId, moduleId)).limit(1);
  if (lesson) throw new AppError("CONFLICT", "Move or delete this module's lessons first.");
  const deleted = await db
    .delete(ModuleTable)
    .where(and(eq(ModuleTable.id, moduleId), inArray(ModuleTable.courseId, editableCourseIds(db, author))))
    .returning({ id: ModuleTable.id });
  if (deleted.length === 0) throw new AppError("NOT_FOUND", "That module does not exist or you cannot edit it.");
}

/** Swaps a module with its neighbour above or below, in one transaction. */
export async function moveModule(author: User, moduleId: string, direction: "up" | "down"): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(ModuleTable)
      .where(and(eq(ModuleTable.id, moduleId), inArray(ModuleTable.courseId, editableCourseIds(tx, author))))
      .for("update");
    if (!current) throw new AppError("NOT_FOUND", "That module does not exist or you cannot edit it.");
    const [neighbour] = await tx
      .select()
      .from(ModuleTable)
      .where(and(eq(ModuleTable.courseId, current.courseId), direction === "up" ? lt(ModuleTable.position, current.position) : gt(ModuleTable.position, current.position)))
      .orderBy(direction === "up" ? desc(ModuleTable.position) : asc(ModuleTable.position))
      .limit(1)
      .for("update");
    if (!neighbour) return;
    await tx.update(ModuleTable).set({ position: neighbour.position }).where(eq(ModuleTable.id, current.id));
    await tx.update(ModuleTable).set({ position: current.position }).where(eq(ModuleTable.id, neighbour.id));
  });
}

async function setLessonTopics(tx: Tx, lessonId: string, courseId: string, slugs: string[]) {
  await tx.delete(LessonTopicTable).where(eq(LessonTopicTable.lessonId, lessonId));
  if (slugs.length === 0) return;
  const topics = await tx.select({ id: TopicTable.id, slug: TopicTable.slug }).from(TopicTable).where(and(eq(TopicTable.courseId, courseId), inArray(TopicTable.slug, slugs)));
  const missing = slugs.filter((slug) => !topics.some((topic) => topic.slug === slug));
  if (missing.length > 0) throw new AppError("BAD_REQUEST", `Unknown topic in this course: ${missing.join(", ")}.`);
  await tx.insert(LessonTopicTable).values(topics.map((topic) => ({ lessonId, topicId: topic.id })));
}

/** A new draft lesson at the end of a module. */
export async function insertLesson(author: User, moduleId: string, input: LessonInput): Promise<string> {
  const db = await getDb();
  return withUniqueSlug("lesson in this course", () =>
    db.transaction(async (tx) => {
      const [courseModule] = await tx
        .select({ id: ModuleTable.id, courseId: ModuleTable.courseId })
        .from(ModuleTable)
        .where(and(eq(ModuleTable.id, moduleId), inArray(ModuleTable.courseId, editableCourseIds(tx, author))))
        .for("update");
      if (!courseModule) throw new AppError("NOT_FOUND", "That module does not exist or you cannot edit it.");
      const [last] = await tx.select({ position: LessonTable.position }).from(LessonTable).where(eq(LessonTable.moduleId, moduleId)).orderBy(desc(LessonTable.position)).limit(1);
      const { topicSlugs, ...fields } = input;
      const [lesson] = await tx
        .insert(LessonTable)
        .values({ ...fields, courseId: courseModule.courseId, moduleId, position: (last?.position ?? -1) + 1 })
        .returning({ id: LessonTable.id });
      await setLessonTopics(tx, lesson!.id, courseModule.courseId, topicSlugs);
      await writeLessonChunks(tx, { id: lesson!.id, courseId: courseModule.courseId, title: fields.title, markdown: fields.markdown ?? "" });
      return lesson!.id;
    }),
  );
}

export async function selectLessonForEditor(author: User, lessonId: string) {
  const db = await getDb();
  const [lesson] = await db
    .select({ lesson: LessonTable, courseTitle: CourseTable.title, courseSlug: CourseTable.slug })
    .from(LessonTable)
    .innerJoin(CourseTable, eq(CourseTable.id, LessonTable.courseId))
    .where(and(eq(LessonTable.id, lessonId), courseEditableBy(author)))
    .limit(1);
  if (!lesson) return null;
  const topics = await db
    .select({ slug: TopicTable.slug })
    .from(LessonTopicTable)
    .innerJoin(TopicTable, eq(TopicTable.id, LessonTopicTable.topicId))
    .where(eq(LessonTopicTable.lessonId, lessonId));
  return { ...lesson, topicSlugs: topics.map((topic) => topic.slug) };
}

export async function updateLesson(author: User, lessonId: string, input: LessonInput): Promise<void> {
  const db = await getDb();
  await withUniqueSlug("lesson in this course", () =>
    db.transaction(async (tx) => {
      const { topicSlugs, ...fields } = input;
      const [lesson] = await tx
        .update(LessonTable)
        .set(fields)
        .where(and(eq(LessonTable.id, lessonId), inArray(LessonTable.courseId, editableCourseIds(tx, author))))
        .returning({ id: LessonTable.id, courseId: LessonTable.courseId, title: LessonTable.title, markdown: LessonTable.markdown });
      if (!lesson) throw new AppError("NOT_FOUND", "That lesson does not exist or you cannot edit it.");
      await setLessonTopics(tx, lesson.id, lesson.courseId, topicSlugs);
      // Full-text search follows the save in the same transaction; embeddings catch up in the background.
      await writeLessonChunks(tx, lesson);
    }),
  );
}

export async function setLessonPublished(author: User, lessonId: string, published: boolean): Promise<void> {
  const db = await getDb();
  const updated = await db
    .update(LessonTable)
    .set({ publishedAt: published ? sql`coalesce(${LessonTable.publishedAt}, now())` : null })
    .where(and(eq(LessonTable.id, lessonId), inArray(LessonTable.courseId, editableCourseIds(db, author))))
    .returning({ id: LessonTable.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND", "That lesson does not exist or you cannot edit it.");
}

export async function deleteLesson(author: User, lessonId: string): Promise<void> {
  const db = await getDb();
  const deleted = await db
    .delete(LessonTable)
    .where(and(eq(LessonTable.id, lessonId), inArray(LessonTable.courseId, editableCourseIds(db, author))))
    .returning({ id: LessonTable.id });
  if (deleted.length === 0) throw new AppError("NOT_FOUND", "That lesson does not exist or you cannot edit it.");
}

/** Swaps a lesson with its neighbour in the same module. */
export async function moveLesson(author: User, lessonId: string, direction: "up" | "down"): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(LessonTable)
      .where(and(eq(LessonTable.id, lessonId), inArray(LessonTable.courseId, editableCourseIds(tx, author))))
      .for("update");
    if (!current) throw new AppError("NOT_FOUND", "That lesson does not exist or you cannot edit it.");
    const [neighbour] = await tx
      .select()
      .from(LessonTable)
      .where(and(eq(LessonTable.moduleId, current.moduleId), direction === "up" ? lt(LessonTable.position, current.position) : gt(LessonTable.position, current.position)))
      .orderBy(direction === "up" ? desc(LessonTable.position) : asc(LessonTable.position))
      .limit(1)
      .for("update");
    if (!neighbour) return;
    await tx.update(LessonTable).set({ position: neighbour.position }).where(eq(LessonTable.id, current.id));
    await tx.update(LessonTable).set({ position: current.position }).where(eq(LessonTable.id, neighbour.id));
  });
}
