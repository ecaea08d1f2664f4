import { relations, sql } from "drizzle-orm";
import { check, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { aiCallOutcomeEnum, aiFeatureEnum, aiGradeStatusEnum } from "./enums";
import { createdAt, id, updatedAt } from "./helpers";
import { AttemptTable } from "./attempts";
import { QuestionVersionTable } from "./questions";
import { UserTable } from "./users";

/** One row per model call: who, for what, tokens and estimated cost (for budgets, reports and the admin console). */
export const AiUsageTable = pgTable(
  "ai_usage",
  {
    id,
    userId: uuid("user_id").references(() => UserTable.id, { onDelete: "set null" }),
    feature: aiFeatureEnum("feature").notNull(),
    model: text("model").notNull(),
    inputTokens: integer("input_tokens").notNull().default(0),
    outputTokens: integer("output_tokens").notNull().default(0),
    /** Estimated cost in millionths of a US dollar (from the configured per-token prices). */
    costMicros: integer("cost_micros").notNull().default(0),
    outcome: aiCallOutcomeEnum("outcome").notNull(),
    durationMs: integer("duration_ms").notNull().default(0),
    requestId: text("request_id"),
    createdAt,
  },
  (table) => [
    index("ai_usage_user_created_idx").on(table.userId, table.createdAt),
    index("ai_usage_created_idx").on(table.createdAt),
    check("ai_usage_tokens_non_negative", sql`${table.inputTokens} >= 0 and ${table.outputTokens} >= 0 and ${table.costMicros} >= 0`),
  ],
);

export type AiGradeCriterion = { criterion: string; points: number; maxPoints: number; feedback: string };

/** The AI's grade of one essay slot, validated before it is stored; the teacher's decision is kept in grade_events. */
export const AiGradeTable = pgTable(
  "ai_grades",
  {
    id,
    attemptId: uuid("attempt_id")
      .notNull()
      .references(() => AttemptTable.id, { onDelete: "cascade" }),
    slot: integer("slot").notNull(),
    questionVersionId: uuid("question_version_id")
      .notNull()
      .references(() => QuestionVersionTable.id, { onDelete: "restrict" }),
    score: doublePrecision("score").notNull(),
    maxScore: doublePrecision("max_score").notNull(),
    criteria: jsonb("criteria").$type<AiGradeCriterion[]>().notNull(),
    summary: text("summary").notNull().default(""),
    confidence: doublePrecision("confidence").notNull(),
    model: text("model").notNull(),
    status: aiGradeStatusEnum("status").notNull(),
    /** Set when the teacher accepted or overrode it. */
    decidedBy: uuid("decided_by").references(() => UserTable.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt,
    updatedAt,
  },
  (table) => [
    unique("ai_grades_attempt_slot_key").on(table.attemptId, table.slot),
    index("ai_grades_status_idx").on(table.status),
    check("ai_grades_score_range", sql`${table.score} >= 0 and ${table.score} <= ${table.maxScore}`),
    check("ai_grades_confidence_range", sql`${table.confidence} >= 0 and ${table.confidence} <= 1`),
  ],
);

export const aiGradeRelations = relations(AiGradeTable, ({ one }) => ({
  attempt: one(AttemptTable, { fields: [AiGradeTable.attemptId], references: [AttemptTable.id] }),
}));

export type AiUsage = typeof AiUsageTable.$inferSelect;
export type AiGrade = typeof AiGradeTable.$inferSelect;
