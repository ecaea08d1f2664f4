import { relations } from "drizzle-orm";
import { index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./helpers";
import { CourseTable } from "./courses";
import { LessonTable } from "./lessons";

export const ModuleTable = pgTable(
  "modules",
  {
    id,
    courseId: uuid("course_id")
      .notNull()
      .references(() => CourseTable.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    position: integer("position").notNull(),
    createdAt,
    updatedAt,
  },
  (table) => [
    unique("modules_course_slug_key").on(table.courseId, table.slug),
    index("modules_course_position_idx").on(table.courseId, table.position),
  ],
);

export const moduleRelations = relations(ModuleTable, ({ one, many }) => ({
  course: one(CourseTable, { fields: [ModuleTable.courseId], references: [CourseTable.id] }),
  lessons: many(LessonTable),
}));

export type Module = typeof ModuleTable.$inferSelect;
export type NewModule = typeof ModuleTable.$inferInsert;
