import { relations } from "drizzle-orm";
import { check, index, pgTable, primaryKey, text, unique, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, id, updatedAt } from "./helpers";
import { CourseTable } from "./courses";
import { LessonTopicTable } from "./lessons";

export const TopicTable = pgTable(
  "topics",
  {
    id,
    courseId: uuid("course_id")
      .notNull()
      .references(() => CourseTable.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    createdAt,
    updatedAt,
  },
  (table) => [unique("topics_course_slug_key").on(table.courseId, table.slug)],
);

export const TopicPrerequisiteTable = pgTable(
  "topic_prerequisites",
  {
    topicId: uuid("topic_id")
      .notNull()
      .references(() => TopicTable.id, { onDelete: "cascade" }),
    prerequisiteId: uuid("prerequisite_id")
      .notNull()
      .references(() => TopicTable.id, { onDelete: "cascade" }),
  },
  (table) => [
    primaryKey({ columns: [table.topicId, table.prerequisiteId] }),
    index("topic_prerequisites_prerequisite_idx").on(table.prerequisiteId),
    check("topic_prerequisites_not_self", sql`${table.topicId} <> ${table.prerequisiteId}`),
  ],
);

export const topicRelations = relations(TopicTable, ({ one, many }) => ({
  course: one(CourseTable, { fields: [TopicTable.courseId], references: [CourseTable.id] }),
  lessonTopics: many(LessonTopicTable),
}));

export type Topic = typeof TopicTable.$inferSelect;
export type NewTopic = typeof TopicTable.$inferInsert;
