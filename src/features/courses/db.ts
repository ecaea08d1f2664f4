import "server-only";
import { and, asc, count, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/drizzle/db";
import {
  CourseTable,
  EnrolmentTable,
  LessonTable,
  LessonTopicTable,
  ModuleTable,
  TopicTable,
  UserTable,
  type User,
} from "@/drizzle/schema";
import { AppError } from "@/lib/errors";
import { courseVisibleTo } from "./db-visibility";

export type CatalogueCourse = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  level: string;
  ownerName: string;
  lessonCount: number;
  enrolled: boolean;
};

/** Published public courses, newest first, with whether the viewer is enrolled. */
export async function selectCatalogueCourses(viewer: User | null): Promise<CatalogueCourse[]> {
  const db = await getDb();
  const lessonCount = db
    .select({ courseId: LessonTable.courseId, lessons: count().as("lessons") })
    .from(LessonTable)
    .where(isNotNull(LessonTable.publishedAt))
    .groupBy(LessonTable.courseId)
    .as("lesson_count");
  const rows = await db
    .select({
      id: CourseTable.id,
      slug: CourseTable.slug,
      title: CourseTable.title,
      summary: CourseTable.summary,
      level: CourseTable.level,
      ownerName: UserTable.name,
      lessonCount: sql<number>`coalesce(${lessonCount.lessons}, 0)`.mapWith(Number),
      enrolled: viewer
        ? sql<boolean>`exists (select 1 from ${EnrolmentTable} where ${EnrolmentTable.courseId} = ${CourseTable.id} and ${EnrolmentTable.userId} = ${viewer.id})`
        : sql<boolean>`false`,
    })
    .from(CourseTable)
    .innerJoin(UserTable, eq(UserTable.id, CourseTable.ownerId))
    .leftJoin(lessonCount, eq(lessonCount.courseId, CourseTable.id))
    .where(and(eq(CourseTable.visibility, "public"), isNotNull(CourseTable.publishedAt)))
    .orderBy(desc(CourseTable.publishedAt));
  return rows;
}

export type CourseOutline = NonNullable<Awaited<ReturnType<typeof selectCourseOutline>>>;

/**
 * A course the viewer may see, with its modules, published lessons and topics; null otherwise.
 * Cached per request: a page, its metadata and the lesson reader share one set of queries.
 */
export const selectCourseOutline = cache(async (viewer: User | null, slug: string) => {
  const db = await getDb();
  const [course] = await db
    .select({
      id: CourseTable.id,
      slug: CourseTable.slug,
      title: CourseTable.title,
      summary: CourseTable.summary,
      description: CourseTable.description,
      level: CourseTable.level,
      visibility: CourseTable.visibility,
      ownerId: CourseTable.ownerId,
      ownerName: UserTable.name,
    })
    .from(CourseTable)
    .innerJoin(UserTable, eq(UserTable.id, CourseTable.ownerId))
    .where(and(eq(CourseTable.slug, slug), courseVisibleTo(db, viewer)))
    .limit(1);
  if (!course) return null;
  const [modules, lessons, topics, enrolment] = await Promise.all([
    db.select().from(ModuleTable).where(eq(ModuleTable.courseId, course.id)).orderBy(asc(ModuleTable.position)),
    db
      .select({
        id: LessonTable.id,
        moduleId: LessonTable.moduleId,
        slug: LessonTable.slug,
        title: LessonTable.title,
        summary: LessonTable.summary,
        estimatedMinutes: LessonTable.estimatedMinutes,
      })
      .from(LessonTable)
      .where(and(eq(LessonTable.courseId, course.id), isNotNull(LessonTable.publishedAt)))
      .orderBy(asc(LessonTable.position)),
    db.select().from(TopicTable).where(eq(TopicTable.courseId, course.id)).orderBy(asc(TopicTable.name)),
    viewer
      ? db
          .select({ createdAt: EnrolmentTable.createdAt })
          .from(EnrolmentTable)
          .where(and(eq(EnrolmentTable.courseId, course.id), eq(EnrolmentTable.userId, viewer.id)))
      : Promise.resolve([]),
  ]);
  return {
    ...course,
    topics,
    enrolled: enrolment.length > 0,
    modules: modules.map((courseModule) => ({
      ...courseModule,
      lessons: lessons.filter((lesson) => lesson.moduleId === courseModule.id),
    })),
  };
});

/** A published lesson of a course the reader may see, with its neighbours for navigation (cached per request). */
export const selectLessonForReader = cache(async (reader: User, courseSlug: string, lessonSlug: string) => {
  const outline = await selectCourseOutline(reader, courseSlug);
  if (!outline) return null;
  const ordered = outline.modules.flatMap((courseModule) =>
    courseModule.lessons.map((lesson) => ({ ...lesson, moduleTitle: courseModule.title })),
  );
  const index = ordered.findIndex((lesson) => lesson.slug === lessonSlug);
  const entry = ordered[index];
  if (!entry) return null;
  const db = await getDb();
  const [[lesson], topics] = await Promise.all([
    db
      .select({ markdown: LessonTable.markdown, videoUrl: LessonTable.videoUrl })
      .from(LessonTable)
      .where(and(eq(LessonTable.id, entry.id), eq(LessonTable.courseId, outline.id)))
      .limit(1),
    db
      .select({ slug: TopicTable.slug, name: TopicTable.name })
      .from(LessonTopicTable)
      .innerJoin(TopicTable, eq(TopicTable.id, LessonTopicTable.topicId))
      .where(eq(LessonTopicTable.lessonId, entry.id))
      .orderBy(asc(TopicTable.name)),
  ]);
  if (!lesson) return null;
  return {
    course: { id: outline.id, slug: outline.slug, title: outline.title, enrolled: outline.enrolled },
    lesson: { ...entry, ...lesson, topics },
    position: { index: index + 1, total: ordered.length },
    previous: ordered[index - 1] ?? null,
    next: ordered[index + 1] ?? null,
  };
});

/** Enrols the learner in a public or unlisted published course; enrolling twice is a no-op. */
export async function insertEnrolment(learner: User, courseSlug: string): Promise<{ created: boolean }> {
  const db = await getDb();
  const [course] = await db
    .select({ id: CourseTable.id })
    .from(CourseTable)
    .where(
      and(
        eq(CourseTable.slug, courseSlug),
        inArray(CourseTable.visibility, ["public", "unlisted"]),
        isNotNull(CourseTable.publishedAt),
      ),
    )
    .limit(1);
  if (!course) throw new AppError("NOT_FOUND", "That course does not exist or is not open for enrolment.");
  const inserted = await db
    .insert(EnrolmentTable)
    .values({ userId: learner.id, courseId: course.id })
    .onConflictDoNothing()
    .returning({ courseId: EnrolmentTable.courseId });
  return { created: inserted.length > 0 };
}

/** The courses a user is enrolled in, most recently active first. */
export async function selectEnrolledCourses(user: User) {
  const db = await getDb();
  return db
    .select({ slug: CourseTable.slug, title: CourseTable.title, summary: CourseTable.summary, enrolledAt: EnrolmentTable.createdAt })
    .from(EnrolmentTable)
    .innerJoin(CourseTable, eq(CourseTable.id, EnrolmentTable.courseId))
    .where(eq(EnrolmentTable.userId, user.id))
    .orderBy(desc(EnrolmentTable.lastActivityAt));
}
