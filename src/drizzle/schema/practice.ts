import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { practiceModeEnum } from "./enums";
import { id } from "./helpers";
import { CourseTable } from "./courses";
import { LessonTable } from "./lessons";
import { QuestionTable, QuestionVersionTable } from "./questions";
import { TopicTable } from "./topics";
import { UserTable } from "./users";

const changedAt = timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

/**
 * The learner model (see features/practice/lib/elo.ts): a skill per learner × course, and an
 * offset per learner × topic added to it, each with the number of answers behind it.
 */
export const LearnerCourseSkillTable = pgTable(
  "learner_course_skills",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "cascade" }),
    courseId: uuid("course_id")
      .notNull()
      .references(() => CourseTable.id, { onDelete: "cascade" }),
    value: doublePrecision("value").notNull().default(0),
    count: integer("count").notNull().default(0),
    updatedAt: changedAt,
  },
  (table) => [primaryKey({ columns: [table.userId, table.courseId] }), index("learner_course_skills_course_idx").on(table.courseId)],
);

export const LearnerTopicSkillTable = pgTable(
  "learner_topic_skills",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "cascade" }),
    topicId: uuid("topic_id")
      .notNull()
      .references(() => TopicTable.id, { onDelete: "cascade" }),
    // Denormalised from the topic: the dashboard reads a learner's topics per course.
    courseId: uuid("course_id")
      .notNull()
      .references(() => CourseTable.id, { onDelete: "cascade" }),
    /** The offset from the learner's course skill on this topic. */
    value: doublePrecision("value").notNull().default(0),
    count: integer("count").notNull().default(0),
    correctCount: integer("correct_count").notNull().default(0),
    lastPracticedAt: timestamp("last_practiced_at", { withTimezone: true }),
    updatedAt: changedAt,
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.topicId] }),
    index("learner_topic_skills_user_course_idx").on(table.userId, table.courseId),
    index("learner_topic_skills_topic_idx").on(table.topicId),
  ],
);

/** Each question's difficulty, learned from every practice answer to it. */
export const QuestionDifficultyTable = pgTable("question_difficulties", {
  questionId: uuid("question_id")
    .primaryKey()
    .references(() => QuestionTable.id, { onDelete: "cascade" }),
  value: doublePrecision("value").notNull().default(0),
  count: integer("count").notNull().default(0),
  updatedAt: changedAt,
});

/** A placement check (adaptive diagnostic) of a learner in a course. */
export const PlacementTable = pgTable(
  "placements",
  {
    id,
    userId: uuid("user_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "cascade" }),
    courseId: uuid("course_id")
      .notNull()
      .references(() => CourseTable.id, { onDelete: "cascade" }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    /** The standard error of the skill estimate when the check stopped. */
    standardError: doublePrecision("standard_error"),
    result: jsonb("result").$type<unknown>(),
  },
  (table) => [unique("placements_user_course_key").on(table.userId, table.courseId)],
);

/**
 * A question served to a learner. Its id is the idempotency key of the answer: the answer is
 * recorded by one conditional UPDATE (still unanswered), so a repeated request replays it.
 */
export const PracticeItemTable = pgTable(
  "practice_items",
  {
    id,
    userId: uuid("user_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "cascade" }),
    courseId: uuid("course_id")
      .notNull()
      .references(() => CourseTable.id, { onDelete: "cascade" }),
    /** The topic the question was served for (its skill is the one updated). */
    topicId: uuid("topic_id")
      .notNull()
      .references(() => TopicTable.id, { onDelete: "cascade" }),
    /** What the learner asked for: a topic, or null for "what I need most". */
    requestedTopicId: uuid("requested_topic_id").references(() => TopicTable.id, { onDelete: "set null" }),
    questionId: uuid("question_id")
      .notNull()
      .references(() => QuestionTable.id, { onDelete: "cascade" }),
    questionVersionId: uuid("question_version_id")
      .notNull()
      .references(() => QuestionVersionTable.id, { onDelete: "cascade" }),
    mode: practiceModeEnum("mode").notNull().default("practice"),
    placementId: uuid("placement_id").references(() => PlacementTable.id, { onDelete: "cascade" }),
    /** Why this question: "target", "prerequisite", "placement". */
    reason: text("reason").notNull().default("target"),
    servedAt: timestamp("served_at", { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    skippedAt: timestamp("skipped_at", { withTimezone: true }),
    response: jsonb("response").$type<unknown>(),
    /** The share of marks earned, 0..1. */
    score: doublePrecision("score"),
    correct: boolean("correct"),
    /** The model's predicted chance of a correct answer when the question was served and answered. */
    predicted: doublePrecision("predicted"),
    expected: doublePrecision("expected"),
    skillBefore: doublePrecision("skill_before"),
    skillAfter: doublePrecision("skill_after"),
    durationMs: integer("duration_ms"),
  },
  (table) => [
    // NULLS FIRST as `order by served_at desc` means it (Drizzle's .desc() alone emits NULLS LAST, an order
    // no query asks for): the learner's latest items then come straight from the index, not a sort of all.
    index("practice_items_user_course_served_idx").on(table.userId, table.courseId, table.servedAt.desc().nullsFirst()),
    index("practice_items_user_answered_idx").on(table.userId, table.answeredAt).where(sql`answered_at is not null`),
    index("practice_items_question_idx").on(table.questionId),
    // At most one open (unanswered, unskipped) question per learner, course and mode.
    uniqueIndex("practice_items_one_open").on(table.userId, table.courseId, table.mode).where(sql`answered_at is null and skipped_at is null`),
    check("practice_items_score_range", sql`${table.score} is null or (${table.score} >= 0 and ${table.score} <= 1)`),
  ],
);

/** Lesson passages queued for a learner after a missed question ("read next"). */
export const ReadNextTable = pgTable(
  "read_next",
  {
    id,
    userId: uuid("user_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "cascade" }),
    courseId: uuid("course_id")
      .notNull()
      .references(() => CourseTable.id, { onDelete: "cascade" }),
    lessonId: uuid("lesson_id")
      .notNull()
      .references(() => LessonTable.id, { onDelete: "cascade" }),
    /** The heading id of the passage inside the lesson ("" for the lesson's start). */
    anchor: text("anchor").notNull().default(""),
    heading: text("heading").notNull(),
    questionId: uuid("question_id").references(() => QuestionTable.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp("done_at", { withTimezone: true }),
  },
  (table) => [
    // One open entry per passage: missing two questions on one passage queues it once.
    uniqueIndex("read_next_one_open").on(table.userId, table.lessonId, table.anchor).where(sql`done_at is null`),
    index("read_next_user_idx").on(table.userId, table.createdAt.desc()),
  ],
);

export type PracticeItem = typeof PracticeItemTable.$inferSelect;
export type Placement = typeof PlacementTable.$inferSelect;
