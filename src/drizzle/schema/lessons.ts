import { relations } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./helpers";
import { CourseTable } from "./courses";
import { ModuleTable } from "./modules";
import { TopicTable } from "./topics";

export const LessonTable = pgTable(
  "lessons",
  {
    id,
    // Denormalised from the module so course-wide lookups need no join.
    courseId: uuid("course_id")
      .notNull()
      .references(() => CourseTable.id, { onDelete: "cascade" }),
    moduleId: uuid("module_id")
      .notNull()
      .references(() => ModuleTable.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    markdown: text("markdown").notNull().default(""),
    videoUrl: text("video_url"),
    estimatedMinutes: integer("estimated_minutes").notNull().default(10),
    position: integer("position").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt,
    updatedAt,
  },
  (table) => [
    unique("lessons_course_slug_key").on(table.courseId, table.slug),
    index("lessons_module_position_idx").on(table.moduleId, table.position),
  ],
);

export const LessonTopicTable = pgTable(
  "lesson_topics",
  {
    lessonId: uuid("lesson_id")
      .notNull()
      .references(() => LessonTable.id, { onDelete: "cascade" }),
    topicId: uuid("topic_id")
      .notNull()
      .references(() => TopicTable.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.lessonId, table.topicId] }), index("lesson_topics_topic_idx").on(table.topicId)],
);

export const lessonRelations = relations(LessonTable, ({ one, many }) => ({
  course: one(CourseTable, { fields: [LessonTable.courseId], references: [CourseTable.id] }),
  module: one(ModuleTable, { fields: [LessonTable.moduleId], references: [ModuleTable.id] }),
  lessonTopics: many(LessonTopicTable),
}));

export const lessonTopicRelations = relations(LessonTopicTable, ({ one }) => ({
  lesson: one(LessonTable, { fields: [LessonTopicTable.lessonId], references: [LessonTable.id] }),
  topic: one(TopicTable, { fields: [LessonTopicTable.topicId], references: [TopicTable.id] }),
}));

export type Lesson = typeof LessonTable.$inferSelect;
export type NewLesson = typeof LessonTable.$inferInsert;
