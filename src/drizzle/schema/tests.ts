import { relations, sql } from "drizzle-orm";
import { boolean, check, doublePrecision, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { aiGradingPolicyEnum, gradingMethodEnum, reviewTimingEnum } from "./enums";
import { createdAt, id, updatedAt } from "./helpers";
import { CourseTable } from "./courses";
import { QuestionTable } from "./questions";
import { TopicTable } from "./topics";
import { UserTable } from "./users";

export const TestTable = pgTable(
  "tests",
  {
    id,
    courseId: uuid("course_id")
      .notNull()
      .references(() => CourseTable.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    /** Null: no time limit. */
    timeLimitSeconds: integer("time_limit_seconds"),
    /** Null: unlimited attempts. */
    attemptsAllowed: integer("attempts_allowed"),
    gradingMethod: gradingMethodEnum("grading_method").notNull().default("highest"),
    shuffleQuestions: boolean("shuffle_questions").notNull().default(false),
    shuffleOptions: boolean("shuffle_options").notNull().default(false),
    feedbackTiming: reviewTimingEnum("feedback_timing").notNull().default("after_submit"),
    correctAnswersTiming: reviewTimingEnum("correct_answers_timing").notNull().default("after_close"),
    /** Essays: off (the teacher grades), suggest (AI grades wait for the teacher), release_confident. */
    aiGrading: aiGradingPolicyEnum("ai_grading").notNull().default("suggest"),
    opensAt: timestamp("opens_at", { withTimezone: true }),
    closesAt: timestamp("closes_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt,
    updatedAt,
  },
  (table) => [
    index("tests_course_idx").on(table.courseId),
    check("tests_time_limit_positive", sql`${table.timeLimitSeconds} is null or ${table.timeLimitSeconds} > 0`),
    check("tests_attempts_allowed_positive", sql`${table.attemptsAllowed} is null or ${table.attemptsAllowed} > 0`),
    check("tests_window_ordered", sql`${table.opensAt} is null or ${table.closesAt} is null or ${table.opensAt} < ${table.closesAt}`),
  ],
);

/** One line of a test: a chosen question, or a random draw of `drawCount` questions from a topic. */
export const TestItemTable = pgTable(
  "test_items",
  {
    id,
    testId: uuid("test_id")
      .notNull()
      .references(() => TestTable.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    questionId: uuid("question_id").references(() => QuestionTable.id, { onDelete: "cascade" }),
    topicId: uuid("topic_id").references(() => TopicTable.id, { onDelete: "cascade" }),
    drawCount: integer("draw_count").notNull().default(1),
    /** Marks for each question this line puts in an attempt. */
    points: doublePrecision("points").notNull().default(1),
  },
  (table) => [
    unique("test_items_test_position_key").on(table.testId, table.position),
    index("test_items_question_idx").on(table.questionId),
    check("test_items_question_xor_topic", sql`(${table.questionId} is null) <> (${table.topicId} is null)`),
    check("test_items_draw_count_positive", sql`${table.drawCount} between 1 and 50`),
    check("test_items_points_positive", sql`${table.points} > 0`),
  ],
);

export const testRelations = relations(TestTable, ({ one, many }) => ({
  course: one(CourseTable, { fields: [TestTable.courseId], references: [CourseTable.id] }),
  items: many(TestItemTable),
}));

export const testItemRelations = relations(TestItemTable, ({ one }) => ({
  test: one(TestTable, { fields: [TestItemTable.testId], references: [TestTable.id] }),
  question: one(QuestionTable, { fields: [TestItemTable.questionId], references: [QuestionTable.id] }),
  topic: one(TopicTable, { fields: [TestItemTable.topicId], references: [TopicTable.id] }),
}));

export type Test = typeof TestTable.$inferSelect;
export type TestItem = typeof TestItemTable.$inferSelect;
