import { relations } from "drizzle-orm";
import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { courseLevelEnum, courseVisibilityEnum } from "./enums";
import { createdAt, id, updatedAt } from "./helpers";
import { UserTable } from "./users";
import { ModuleTable } from "./modules";
import { TopicTable } from "./topics";

export const CourseTable = pgTable(
  "courses",
  {
    id,
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    description: text("description").notNull().default(""),
    level: courseLevelEnum("level").notNull().default("beginner"),
    visibility: courseVisibilityEnum("visibility").notNull().default("private"),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "restrict" }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt,
    updatedAt,
  },
  (table) => [index("courses_owner_idx").on(table.ownerId), index("courses_visibility_idx").on(table.visibility)],
);

export const courseRelations = relations(CourseTable, ({ one, many }) => ({
  owner: one(UserTable, { fields: [CourseTable.ownerId], references: [UserTable.id] }),
  modules: many(ModuleTable),
  topics: many(TopicTable),
}));

export type Course = typeof CourseTable.$inferSelect;
export type NewCourse = typeof CourseTable.$inferInsert;
