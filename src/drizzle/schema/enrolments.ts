import { relations } from "drizzle-orm";
import { index, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./helpers";
import { CourseTable } from "./courses";
import { UserTable } from "./users";

export const EnrolmentTable = pgTable(
  "enrolments",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "cascade" }),
    courseId: uuid("course_id")
      .notNull()
      .references(() => CourseTable.id, { onDelete: "cascade" }),
    createdAt,
    lastActivityAt: timestamp("last_activity_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // The primary key makes enrolling idempotent (INSERT … ON CONFLICT DO NOTHING).
  (table) => [primaryKey({ columns: [table.userId, table.courseId] }), index("enrolments_course_idx").on(table.courseId)],
);

export const enrolmentRelations = relations(EnrolmentTable, ({ one }) => ({
  user: one(UserTable, { fields: [EnrolmentTable.userId], references: [UserTable.id] }),
  course: one(CourseTable, { fields: [EnrolmentTable.courseId], references: [CourseTable.id] }),
}));

export type Enrolment = typeof EnrolmentTable.$inferSelect;
