import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { reviewCardSourceEnum, reviewStateEnum } from "./enums";
import { createdAt, id, updatedAt } from "./helpers";
import { CourseTable } from "./courses";
import { QuestionTable } from "./questions";
import { UserTable } from "./users";

/**
 * A spaced-repetition card: a question from the bank (missed or starred) or a flashcard the
 * learner wrote. The FSRS memory state (ts-fsrs's Card) lives in its columns.
 */
export const ReviewCardTable = pgTable(
  "review_cards",
  {
    id,
    userId: uuid("user_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "cascade" }),
    courseId: uuid("course_id").references(() => CourseTable.id, { onDelete: "cascade" }),
    questionId: uuid("question_id").references(() => QuestionTable.id, { onDelete: "cascade" }),
    /** A learner's own flashcard: front and back in Markdown. */
    front: text("front"),
    back: text("back"),
    source: reviewCardSourceEnum("source").notNull(),
    starred: boolean("starred").notNull().default(false),
    due: timestamp("due", { withTimezone: true }).notNull(),
    stability: doublePrecision("stability").notNull().default(0),
    difficulty: doublePrecision("difficulty").notNull().default(0),
    elapsedDays: integer("elapsed_days").notNull().default(0),
    scheduledDays: integer("scheduled_days").notNull().default(0),
    learningSteps: integer("learning_steps").notNull().default(0),
    reps: integer("reps").notNull().default(0),
    lapses: integer("lapses").notNull().default(0),
    state: reviewStateEnum("state").notNull().default("new"),
    lastReview: timestamp("last_review", { withTimezone: true }),
    suspendedAt: timestamp("suspended_at", { withTimezone: true }),
    createdAt,
    updatedAt,
  },
  (table) => [
    // One card per learner and question: missing it again or starring it reuses the card.
    uniqueIndex("review_cards_user_question_key").on(table.userId, table.questionId).where(sql`question_id is not null`),
    index("review_cards_user_due_idx").on(table.userId, table.due).where(sql`suspended_at is null`),
    check(
      "review_cards_question_or_text",
      sql`(${table.questionId} is not null) or (${table.front} is not null and ${table.back} is not null)`,
    ),
  ],
);

/**
 * Every rating given, with the card's state before it — the data FSRS's optimiser needs.
 * (card, review number) is unique: a repeated rating cannot be logged twice.
 */
export const ReviewLogTable = pgTable(
  "review_logs",
  {
    id,
    cardId: uuid("card_id")
      .notNull()
      .references(() => ReviewCardTable.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "cascade" }),
    /** The card's reps before this review (0 for its first). */
    reviewNumber: integer("review_number").notNull(),
    rating: smallint("rating").notNull(),
    suggestedRating: smallint("suggested_rating"),
    /** For a question card: whether the learner's answer was right. */
    correct: boolean("correct"),
    durationMs: integer("duration_ms"),
    state: reviewStateEnum("state").notNull(),
    due: timestamp("due", { withTimezone: true }).notNull(),
    stability: doublePrecision("stability").notNull(),
    difficulty: doublePrecision("difficulty").notNull(),
    elapsedDays: integer("elapsed_days").notNull(),
    lastElapsedDays: integer("last_elapsed_days").notNull(),
    scheduledDays: integer("scheduled_days").notNull(),
    learningSteps: integer("learning_steps").notNull(),
    desiredRetention: doublePrecision("desired_retention").notNull(),
    /** The next due date this rating gave the card. */
    nextDue: timestamp("next_due", { withTimezone: true }).notNull(),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    unique("review_logs_card_review_key").on(table.cardId, table.reviewNumber),
    index("review_logs_user_reviewed_idx").on(table.userId, table.reviewedAt),
    check("review_logs_rating_range", sql`${table.rating} between 1 and 4`),
  ],
);

/** Per-learner learning settings. */
export const LearnerSettingsTable = pgTable(
  "learner_settings",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => UserTable.id, { onDelete: "cascade" }),
    /** FSRS's target: the chance of remembering a card when it comes due. */
    desiredRetention: doublePrecision("desired_retention").notNull().default(0.9),
    /** IANA time zone for "today" (due reviews, streaks); null until the browser tells us. */
    timeZone: text("time_zone"),
    updatedAt,
  },
  (table) => [check("learner_settings_retention_range", sql`${table.desiredRetention} >= 0.7 and ${table.desiredRetention} <= 0.99`)],
);

export type ReviewCard = typeof ReviewCardTable.$inferSelect;
export type ReviewLog = typeof ReviewLogTable.$inferSelect;
export type LearnerSettings = typeof LearnerSettingsTable.$inferSelect;
