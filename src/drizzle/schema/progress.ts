import { index, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { LessonTable } from "./lessons";
import { UserTable } from "./users";

/** A learner marked a lesson complete; the key makes marking twice a no-op. */
export const LessonCompletionTable = pgTable(
  "lesson_completions",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "cascade" }),
    lessonId: uuid("lesson_id")
      .notNull()
      .references(() => LessonTable.id, { onDelete: "cascade" }),
    completedAt: timestamp("completed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.lessonId] }), index("lesson_completions_lesson_idx").on(table.lessonId)],
);

export type LessonCompletion = typeof LessonCompletionTable.$inferSelect;
