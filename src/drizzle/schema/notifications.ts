import { sql } from "drizzle-orm";
import { bigint, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { notificationKindEnum } from "./enums";
import { createdAt } from "./helpers";
import { UserTable } from "./users";

/**
 * An in-app notification. dedupe_key makes a notification that may be produced more than once
 * (a due-date reminder from a cron run, say) land once per user.
 */
export const NotificationTable = pgTable(
  "notifications",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid("user_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "cascade" }),
    kind: notificationKindEnum("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    /** An app path ("/classes/…"), never an absolute URL. */
    link: text("link").notNull(),
    dedupeKey: text("dedupe_key"),
    createdAt,
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (table) => [
    index("notifications_user_idx").on(table.userId, table.id.desc()),
    index("notifications_user_unread_idx").on(table.userId).where(sql`${table.readAt} is null`),
    uniqueIndex("notifications_user_dedupe_key").on(table.userId, table.dedupeKey),
    check("notifications_link_is_path", sql`${table.link} like '/%' and ${table.link} not like '//%'`),
    check("notifications_text_length", sql`char_length(${table.title}) <= 200 and char_length(${table.body}) <= 500`),
  ],
);

export type Notification = typeof NotificationTable.$inferSelect;
export type NewNotification = typeof NotificationTable.$inferInsert;
