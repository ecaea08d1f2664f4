import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { QuestionBody } from "@/features/questions/schemas";
import { questionDraftStatusEnum } from "./enums";
import { createdAt, id } from "./helpers";
import { CourseTable } from "./courses";
import { LessonTable } from "./lessons";
import { QuestionTable } from "./questions";
import { UserTable } from "./users";

export type DraftSource = { lessonId: string; lessonSlug: string; lessonTitle: string; anchor: string; heading: string; quote: string };
export type DraftProblemRecord = { code: string; message: string };

/** An AI-generated question waiting for the teacher; only an approved draft becomes a question in the bank. */
export const QuestionDraftTable = pgTable(
  "question_drafts",
  {
    id,
    courseId: uuid("course_id")
      .notNull()
      .references(() => CourseTable.id, { onDelete: "cascade" }),
    /** Drafts made by one generation request share this id. */
    generationId: uuid("generation_id").notNull(),
    lessonId: uuid("lesson_id").references(() => LessonTable.id, { onDelete: "set null" }),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => UserTable.id, { onDelete: "cascade" }),
    status: questionDraftStatusEnum("status").notNull().default("pending"),
    body: jsonb("body").$type<QuestionBody>().notNull(),
    topicSlugs: jsonb("topic_slugs").$type<string[]>().notNull().default([]),
    difficulty: text("difficulty").notNull(),
    source: jsonb("source").$type<DraftSource>().notNull(),
    problems: jsonb("problems").$type<DraftProblemRecord[]>().notNull().default([]),
    questionId: uuid("question_id").references(() => QuestionTable.id, { onDelete: "set null" }),
    reviewedBy: uuid("reviewed_by").references(() => UserTable.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    createdAt,
  },
  (table) => [
    index("question_drafts_course_status_idx").on(table.courseId, table.status, table.createdAt),
    index("question_drafts_generation_idx").on(table.generationId),
  ],
);

export type QuestionDraftRow = typeof QuestionDraftTable.$inferSelect;
