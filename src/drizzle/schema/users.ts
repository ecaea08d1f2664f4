import { relations } from "drizzle-orm";
import { boolean, index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { authProviderEnum, userRoleEnum } from "./enums";
import { createdAt, id, updatedAt } from "./helpers";
import { EnrolmentTable } from "./enrolments";
import { ClassMemberTable } from "./classes";

export const UserTable = pgTable(
  "users",
  {
    id,
    authProvider: authProviderEnum("auth_provider").notNull(),
    // Clerk's user id for Clerk users; a stable key ("demo-learner") for development users.
    externalId: text("external_id").notNull(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    imageUrl: text("image_url"),
    role: userRoleEnum("role").notNull().default("learner"),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt,
    updatedAt,
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    /** Set by an admin: the account is signed out on its next request until re-enabled. */
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("users_provider_external_id_key").on(table.authProvider, table.externalId),
    index("users_email_idx").on(table.email),
  ],
);

export const userRelations = relations(UserTable, ({ many }) => ({
  enrolments: many(EnrolmentTable),
  classMemberships: many(ClassMemberTable),
}));

export type User = typeof UserTable.$inferSelect;
export type NewUser = typeof UserTable.$inferInsert;
