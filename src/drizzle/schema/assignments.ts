import { relations, sql } from "drizzle-orm";
import { check, index, pgTable, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./helpers";
import { ClassTable } from "./classes";
import { TestTable } from "./tests";
import { UserTable } from "./users";

/** A test set for a class, with its own window: opens, due (late after it) and closes (no attempts after it). */
export const AssignmentTable = pgTable(
  "assignments",
  {
    id,
    classId: uuid("class_id")
      .notNull()
      .references(() => ClassTable.id, { onDelete: "cascade" }),
    testId: uuid("test_id")
      .notNull()
      .references(() => TestTable.id, { onDelete: "cascade" }),
    assignedBy: uuid("assigned_by")
      .notNull()
      .references(() => UserTable.id, { onDelete: "restrict" }),
    opensAt: timestamp("opens_at", { withTimezone: true }),
    dueAt: timestamp("due_at", { withTimezone: true }),
    closesAt: timestamp("closes_at", { withTimezone: true }),
    createdAt,
    updatedAt,
  },
  (table) => [
    unique("assignments_class_test_key").on(table.classId, table.testId),
    index("assignments_test_idx").on(table.testId),
    index("assignments_class_due_idx").on(table.classId, table.dueAt),
    check("assignments_opens_before_due", sql`${table.opensAt} is null or ${table.dueAt} is null or ${table.opensAt} < ${table.dueAt}`),
    check("assignments_due_before_close", sql`${table.dueAt} is null or ${table.closesAt} is null or ${table.dueAt} <= ${table.closesAt}`),
    check("assignments_opens_before_close", sql`${table.opensAt} is null or ${table.closesAt} is null or ${table.opensAt} < ${table.closesAt}`),
  ],
);

export const assignmentRelations = relations(AssignmentTable, ({ one }) => ({
  class: one(ClassTable, { fields: [AssignmentTable.classId], references: [ClassTable.id] }),
  test: one(TestTable, { fields: [AssignmentTable.testId], references: [TestTable.id] }),
}));

export type Assignment = typeof AssignmentTable.$inferSelect;
