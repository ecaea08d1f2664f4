import { relations, sql } from "drizzle-orm";
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
import { attemptCloserEnum, attemptStateEnum, gradeSourceEnum } from "./enums";
import { id } from "./helpers";
import { AssignmentTable } from "./assignments";
import { QuestionTable, QuestionVersionTable } from "./questions";
import { TestTable } from "./tests";
import { UserTable } from "./users";

export const AttemptTable = pgTable(
  "attempts",
  {
    id,
    testId: uuid("test_id")
      .notNull()
      .references(() => TestTable.id, { onDelete: "restrict" }),
    assignmentId: uuid("assignment_id").references(() => AssignmentTable.id, { onDelete: "set null" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "cascade" }),
    attemptNumber: integer("attempt_number").notNull(),
    state: attemptStateEnum("state").notNull().default("in_progress"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    /** The earlier of start + time limit and the close time, fixed when the attempt starts. */
    deadlineAt: timestamp("deadline_at", { withTimezone: true }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    closedBy: attemptCloserEnum("closed_by"),
    gradedAt: timestamp("graded_at", { withTimezone: true }),
    score: doublePrecision("score"),
    maxScore: doublePrecision("max_score").notNull(),
    lastSavedAt: timestamp("last_saved_at", { withTimezone: true }),
  },
  (table) => [
    // Concurrent starts compute the same next number: the key lets exactly one of them in.
    unique("attempts_test_user_number_key").on(table.testId, table.userId, table.attemptNumber),
    uniqueIndex("attempts_one_open_per_test_user").on(table.testId, table.userId).where(sql`state = 'in_progress'`),
    index("attempts_user_idx").on(table.userId),
    index("attempts_test_state_idx").on(table.testId, table.state),
    index("attempts_open_deadline_idx").on(table.deadlineAt).where(sql`state = 'in_progress'`),
    check("attempts_number_positive", sql`${table.attemptNumber} > 0`),
  ],
);

/** One question slot of an attempt, pinned to the version it showed. */
export const AttemptItemTable = pgTable(
  "attempt_items",
  {
    attemptId: uuid("attempt_id")
      .notNull()
      .references(() => AttemptTable.id, { onDelete: "cascade" }),
    slot: integer("slot").notNull(),
    questionId: uuid("question_id")
      .notNull()
      .references(() => QuestionTable.id, { onDelete: "restrict" }),
    questionVersionId: uuid("question_version_id")
      .notNull()
      .references(() => QuestionVersionTable.id, { onDelete: "restrict" }),
    /** The test line the slot came from (for statistics per slot). */
    testItemPosition: integer("test_item_position").notNull(),
    points: doublePrecision("points").notNull(),
    /** Option ids in the order this attempt shows them (shuffled once, at the start). */
    optionOrder: jsonb("option_order").$type<string[]>(),
    response: jsonb("response").$type<unknown>(),
    savedAt: timestamp("saved_at", { withTimezone: true }),
    /** Marks awarded; null until graded. Computed on save for objective types, hidden until policy allows. */
    score: doublePrecision("score"),
    needsManualGrading: boolean("needs_manual_grading").notNull().default(false),
    feedback: text("feedback"),
    gradedBy: uuid("graded_by").references(() => UserTable.id, { onDelete: "set null" }),
    gradedAt: timestamp("graded_at", { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.attemptId, table.slot] }),
    index("attempt_items_version_idx").on(table.questionVersionId),
    index("attempt_items_question_idx").on(table.questionId),
    index("attempt_items_pending_idx").on(table.attemptId).where(sql`needs_manual_grading`),
    check("attempt_items_score_range", sql`${table.score} is null or (${table.score} >= 0 and ${table.score} <= ${table.points})`),
  ],
);

/** Every grade given to a slot (automatic, by a teacher, by a regrade): who, what, when. */
export const GradeEventTable = pgTable(
  "grade_events",
  {
    id,
    attemptId: uuid("attempt_id")
      .notNull()
      .references(() => AttemptTable.id, { onDelete: "cascade" }),
    slot: integer("slot").notNull(),
    source: gradeSourceEnum("source").notNull(),
    score: doublePrecision("score").notNull(),
    previousScore: doublePrecision("previous_score"),
    feedback: text("feedback"),
    gradedBy: uuid("graded_by").references(() => UserTable.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("grade_events_attempt_idx").on(table.attemptId, table.slot)],
);

export const attemptRelations = relations(AttemptTable, ({ one, many }) => ({
  test: one(TestTable, { fields: [AttemptTable.testId], references: [TestTable.id] }),
  user: one(UserTable, { fields: [AttemptTable.userId], references: [UserTable.id] }),
  assignment: one(AssignmentTable, { fields: [AttemptTable.assignmentId], references: [AssignmentTable.id] }),
  items: many(AttemptItemTable),
}));

export const attemptItemRelations = relations(AttemptItemTable, ({ one }) => ({
  attempt: one(AttemptTable, { fields: [AttemptItemTable.attemptId], references: [AttemptTable.id] }),
  version: one(QuestionVersionTable, { fields: [AttemptItemTable.questionVersionId], references: [QuestionVersionTable.id] }),
}));

export type Attempt = typeof AttemptTable.$inferSelect;
export type AttemptItem = typeof AttemptItemTable.$inferSelect;
