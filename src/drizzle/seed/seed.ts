import { and, eq, inArray } from "drizzle-orm";
import {
  ChannelMessageTable,
  ChannelTable,
  ClassMemberTable,
  ClassTable,
  CourseTable,
  EnrolmentTable,
  LessonTable,
  LessonTopicTable,
  ModuleTable,
  TopicPrerequisiteTable,
  TopicTable,
  UserTable,
} from "@/drizzle/schema";
import type { Database } from "@/drizzle/drivers/types";
import { probabilityCourse } from "./content/probability";
import type { DemoCourse } from "./content/types";
import { DEMO_CLASS, DEMO_USERS } from "@/features/users/demo-users";
import { seedDemoAssessments } from "./seed-assessments";
import { writeCourseLessonChunks } from "@/features/search/db-index";
import { insertDefaultChannels } from "@/features/channels/db-defaults";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

async function upsertDemoUsers(tx: Tx) {
  await tx
    .insert(UserTable)
    .values(DEMO_USERS.map((user) => ({ ...user, authProvider: "dev" as const, isDemo: true })))
    .onConflictDoNothing();
  const rows = await tx
    .select()
    .from(UserTable)
    .where(
      and(
        eq(UserTable.authProvider, "dev"),
        inArray(
          UserTable.externalId,
          DEMO_USERS.map((user) => user.externalId),
        ),
      ),
    );
  const byRole = new Map(rows.map((row) => [row.role, row]));
  const learner = byRole.get("learner");
  const teacher = byRole.get("teacher");
  if (!learner || !teacher) throw new Error("demo users are missing after the seed");
  return { learner, teacher };
}

async function insertCourse(tx: Tx, course: DemoCourse, ownerId: string) {
  const [row] = await tx
    .insert(CourseTable)
    .values({
      slug: course.slug,
      title: course.title,
      summary: course.summary,
      description: course.description,
      level: course.level,
      visibility: "public",
      ownerId,
      publishedAt: new Date(),
    })
    .onConflictDoNothing({ target: CourseTable.slug })
    .returning();
  if (!row) return null; // already seeded

  const topicRows = await tx
    .insert(TopicTable)
    .values(course.topics.map(({ slug, name, description }) => ({ courseId: row.id, slug, name, description })))
    .returning();
  const topicId = new Map(topicRows.map((topic) => [topic.slug, topic.id]));
  const idOf = (slug: string) => {
    const found = topicId.get(slug);
    if (!found) throw new Error(`unknown topic "${slug}" in the demo course`);
    return found;
  };
  const prerequisites = course.topics.flatMap((topic) =>
    topic.prerequisites.map((prerequisite) => ({ topicId: idOf(topic.slug), prerequisiteId: idOf(prerequisite) })),
  );
  if (prerequisites.length > 0) await tx.insert(TopicPrerequisiteTable).values(prerequisites);

  let lessonCount = 0;
  for (const [moduleIndex, courseModule] of course.modules.entries()) {
    const [moduleRow] = await tx
      .insert(ModuleTable)
      .values({ courseId: row.id, slug: courseModule.slug, title: courseModule.title, summary: courseModule.summary, position: moduleIndex })
      .returning();
    if (!moduleRow) throw new Error(`module ${courseModule.slug} was not inserted`);
    const lessonRows = await tx
      .insert(LessonTable)
      .values(
        courseModule.lessons.map((lesson, lessonIndex) => ({
          courseId: row.id,
          moduleId: moduleRow.id,
          slug: lesson.slug,
          title: lesson.title,
          summary: lesson.summary,
          markdown: lesson.markdown,
          estimatedMinutes: lesson.estimatedMinutes,
          position: lessonIndex,
          publishedAt: new Date(),
        })),
      )
      .returning({ id: LessonTable.id, slug: LessonTable.slug });
    const links = courseModule.lessons.flatMap((lesson, index) =>
      lesson.topics.map((slug) => ({ lessonId: lessonRows[index]!.id, topicId: idOf(slug) })),
    );
    if (links.length > 0) await tx.insert(LessonTopicTable).values(links);
    lessonCount += lessonRows.length;
  }
  return { courseId: row.id, lessons: lessonCount, topics: topicRows.length };
}

/** The demo class's channels, with a pinned welcome and a short thread so the channels have something to show. */
async function seedDemoChannels(tx: Tx, classId: string, teacherId: string) {
  await insertDefaultChannels(tx, classId, teacherId);
  const channels = await tx.select({ id: ChannelTable.id, kind: ChannelTable.kind }).from(ChannelTable).where(eq(ChannelTable.classId, classId));
  const channelId = (kind: string) => channels.find((channel) => channel.kind === kind)!.id;
  const [mate] = await tx
    .select({ id: UserTable.id })
    .from(ClassMemberTable)
    .innerJoin(UserTable, eq(UserTable.id, ClassMemberTable.userId))
    .where(and(eq(ClassMemberTable.classId, classId), eq(ClassMemberTable.role, "learner"), eq(UserTable.externalId, "demo-classmate-1")))
    .limit(1);
  await tx.insert(ChannelMessageTable).values({
    channelId: channelId("announcements"),
    authorId: teacherId,
    body: "Welcome to the **Autumn cohort**! Ask questions in #general, and hand in channel homework with *Submit as homework*.",
    pinnedAt: new Date(),
    pinnedBy: teacherId,
  });
  if (!mate) return;
  const [question] = await tx
    .insert(ChannelMessageTable)
    .values({ channelId: channelId("general"), authorId: mate.id, body: "Is *P(A and B)* always smaller than *P(A)*?" })
    .returning({ id: ChannelMessageTable.id });
  await tx.insert(ChannelMessageTable).values({ channelId: channelId("general"), authorId: teacherId, parentId: question!.id, body: "Never larger: A and B is part of A. Equal when B always happens with A." });
  await tx.update(ChannelMessageTable).set({ replyCount: 1, lastReplyAt: new Date(), updatedAt: new Date() }).where(eq(ChannelMessageTable.id, question!.id));
}

/** Idempotent: demo users always exist afterwards; the course is created only once. */
export async function seedDemoContent(db: Database) {
  return db.transaction(async (tx) => {
    const { learner, teacher } = await upsertDemoUsers(tx);
    const inserted = await insertCourse(tx, probabilityCourse, teacher.id);
    if (!inserted) return { seeded: false as const };
    const [demoClass] = await tx
      .insert(ClassTable)
      .values({ courseId: inserted.courseId, teacherId: teacher.id, name: DEMO_CLASS.name, joinCode: DEMO_CLASS.joinCode })
      .onConflictDoNothing()
      .returning();
    if (demoClass) {
      await tx.insert(ClassMemberTable).values([
        { classId: demoClass.id, userId: teacher.id, role: "teacher" },
        { classId: demoClass.id, userId: learner.id, role: "learner" },
      ]);
    }
    await tx.insert(EnrolmentTable).values({ userId: learner.id, courseId: inserted.courseId }).onConflictDoNothing();
    const assessments = await seedDemoAssessments(tx, { courseId: inserted.courseId, classId: demoClass?.id ?? null, teacher });
    if (demoClass) await seedDemoChannels(tx, demoClass.id, teacher.id);
    await writeCourseLessonChunks(tx, inserted.courseId);
    return { seeded: true as const, lessons: inserted.lessons, topics: inserted.topics, ...assessments };
  });
}
