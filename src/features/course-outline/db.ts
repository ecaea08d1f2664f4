import "server-only";
import { eq, like, or } from "drizzle-orm";
import { getDb, type Database } from "@/drizzle/db";
import { isUniqueViolation } from "@/drizzle/errors";
import { CourseTable, LessonTable, LessonTopicTable, ModuleTable, TopicTable, type User } from "@/drizzle/schema";
import type { CourseLevel } from "@/drizzle/schema/enum-values";
import { AppError } from "@/lib/errors";
import { slugify } from "@/features/courses/schemas-authoring";
import { uniqueSlug, type OutlineEdit } from "./lib/outline";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

// Two teachers may pick the same free course address at the same moment: the loser tries again.
const SLUG_ATTEMPTS = 3;

async function freeCourseSlug(tx: Tx, base: string): Promise<string> {
  const rows = await tx
    .select({ slug: CourseTable.slug })
    .from(CourseTable)
    .where(or(eq(CourseTable.slug, base), like(CourseTable.slug, `${base}-%`)));
  return uniqueSlug(base, new Set(rows.map((row) => row.slug)));
}

async function insertOutline(tx: Tx, teacher: User, outline: OutlineEdit, level: CourseLevel): Promise<string> {
  const slug = await freeCourseSlug(tx, slugify(outline.title) || "course");
  const [course] = await tx
    .insert(CourseTable)
    .values({ slug, title: outline.title, summary: outline.description, level, visibility: "private", publishedAt: null, ownerId: teacher.id })
    .returning({ id: CourseTable.id });
  const courseId = course!.id;
  const topics = await tx
    .insert(TopicTable)
    .values(outline.topics.map((topic) => ({ courseId, slug: topic.slug, name: topic.name })))
    .returning({ id: TopicTable.id, slug: TopicTable.slug });
  const topicIds = new Map(topics.map((topic) => [topic.slug, topic.id]));
  const moduleSlugs = new Set<string>();
  const lessonSlugs = new Set<string>();
  for (const [position, outlineModule] of outline.modules.entries()) {
    const [courseModule] = await tx
      .insert(ModuleTable)
      .values({ courseId, slug: uniqueSlug(slugify(outlineModule.title) || "module", moduleSlugs), title: outlineModule.title, position })
      .returning({ id: ModuleTable.id });
    const planned = outlineModule.lessons.map((lesson, lessonPosition) => ({ ...lesson, slug: uniqueSlug(slugify(lesson.title) || "lesson", lessonSlugs), position: lessonPosition }));
    const lessons = await tx
      .insert(LessonTable)
      .values(planned.map((lesson) => ({ courseId, moduleId: courseModule!.id, slug: lesson.slug, title: lesson.title, summary: lesson.summary, markdown: "", position: lesson.position })))
      .returning({ id: LessonTable.id, slug: LessonTable.slug });
    const lessonIds = new Map(lessons.map((lesson) => [lesson.slug, lesson.id]));
    const tags = planned.flatMap((lesson) =>
      lesson.topicSlugs.flatMap((topicSlug) => {
        const topicId = topicIds.get(topicSlug);
        const lessonId = lessonIds.get(lesson.slug);
        return topicId && lessonId ? [{ lessonId, topicId }] : [];
      }),
    );
    if (tags.length > 0) await tx.insert(LessonTopicTable).values(tags);
  }
  return courseId;
}

/**
 * Creates a private, unpublished course from an edited outline — its topics, modules and draft
 * lessons (empty, tagged with their topics) — in one transaction: all of it or nothing.
 */
export async function createCourseFromOutline(teacher: User, outline: OutlineEdit, options: { level?: CourseLevel } = {}): Promise<string> {
  if (teacher.role === "learner") throw new AppError("FORBIDDEN", "Only teachers can create courses.");
  const db = await getDb();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction((tx) => insertOutline(tx, teacher, outline, options.level ?? "beginner"));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (attempt >= SLUG_ATTEMPTS) throw new AppError("CONFLICT", "The course could not get a free address; try again.");
    }
  }
}
