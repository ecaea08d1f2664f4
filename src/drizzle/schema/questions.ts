import { relations, sql } from "drizzle-orm";
import { check, doublePrecision, index, integer, jsonb, pgTable, primaryKey, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { QuestionBody } from "@/features/questions/schemas";
import { questionTypeEnum } from "./enums";
import { createdAt, id, updatedAt } from "./helpers";
import { CourseTable } from "./courses";
import { TopicTable } from "./topics";
import { UserTable } from "./users";

/** A question in a course's bank; its content lives in versions (attempts pin the version they showed). */
export const QuestionTable = pgTable(
  "questions",
  {
    id,
    courseId: uuid("course_id")
      .notNull()
      .references(() => CourseTable.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "restrict" }),
    latestVersion: integer("latest_version").notNull().default(1),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt,
    updatedAt,
  },
  (table) => [index("questions_course_idx").on(table.courseId)],
);

export const QuestionVersionTable = pgTable(
  "question_versions",
  {
    id,
    questionId: uuid("question_id")
      .notNull()
      .references(() => QuestionTable.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    type: questionTypeEnum("type").notNull(),
    body: jsonb("body").$type<QuestionBody>().notNull(),
    /** The chance that a blind guess is right (the learner model's floor): 1/k for k options, ½ for true/false. */
    guessChance: doublePrecision("guess_chance")
      .notNull()
      .generatedAlwaysAs(
        sql`case when type = 'true_false' then 0.5 when type = 'single_choice' then 1.0 / greatest(jsonb_array_length(body -> 'options'), 1) else 0 end`,
      ),
    authorId: uuid("author_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "restrict" }),
    createdAt,
    updatedAt,
  },
  (table) => [
    unique("question_versions_question_version_key").on(table.questionId, table.version),
    check("question_versions_version_positive", sql`${table.version} > 0`),
  ],
);

export const QuestionTopicTable = pgTable(
  "question_topics",
  {
    questionId: uuid("question_id")
      .notNull()
      .references(() => QuestionTable.id, { onDelete: "cascade" }),
    topicId: uuid("topic_id")
      .notNull()
      .references(() => TopicTable.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.questionId, table.topicId] }), index("question_topics_topic_idx").on(table.topicId)],
);

export const questionRelations = relations(QuestionTable, ({ one, many }) => ({
  course: one(CourseTable, { fields: [QuestionTable.courseId], references: [CourseTable.id] }),
  versions: many(QuestionVersionTable),
  topics: many(QuestionTopicTable),
}));

export const questionVersionRelations = relations(QuestionVersionTable, ({ one }) => ({
  question: one(QuestionTable, { fields: [QuestionVersionTable.questionId], references: [QuestionTable.id] }),
}));

export const questionTopicRelations = relations(QuestionTopicTable, ({ one }) => ({
  question: one(QuestionTable, { fields: [QuestionTopicTable.questionId], references: [QuestionTable.id] }),
  topic: one(TopicTable, { fields: [QuestionTopicTable.topicId], references: [TopicTable.id] }),
}));

export type Question = typeof QuestionTable.$inferSelect;
export type QuestionVersion = typeof QuestionVersionTable.$inferSelect;
