import { relations } from "drizzle-orm";
import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { classMemberRoleEnum } from "./enums";
import { createdAt, id, updatedAt } from "./helpers";
import { CourseTable } from "./courses";
import { UserTable } from "./users";

export const ClassTable = pgTable(
  "classes",
  {
    id,
    courseId: uuid("course_id")
      .notNull()
      .references(() => CourseTable.id, { onDelete: "cascade" }),
    teacherId: uuid("teacher_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    joinCode: text("join_code").notNull().unique(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt,
    updatedAt,
  },
  (table) => [index("classes_course_idx").on(table.courseId), index("classes_teacher_idx").on(table.teacherId)],
);

export const ClassMemberTable = pgTable(
  "class_members",
  {
    classId: uuid("class_id")
      .notNull()
      .references(() => ClassTable.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "cascade" }),
    role: classMemberRoleEnum("role").notNull().default("learner"),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.classId, table.userId] }), index("class_members_user_idx").on(table.userId)],
);

export const classRelations = relations(ClassTable, ({ one, many }) => ({
  course: one(CourseTable, { fields: [ClassTable.courseId], references: [CourseTable.id] }),
  teacher: one(UserTable, { fields: [ClassTable.teacherId], references: [UserTable.id] }),
  members: many(ClassMemberTable),
}));

export const classMemberRelations = relations(ClassMemberTable, ({ one }) => ({
  class: one(ClassTable, { fields: [ClassMemberTable.classId], references: [ClassTable.id] }),
  user: one(UserTable, { fields: [ClassMemberTable.userId], references: [UserTable.id] }),
}));

export type Class = typeof ClassTable.$inferSelect;
export type ClassMember = typeof ClassMemberTable.$inferSelect;
