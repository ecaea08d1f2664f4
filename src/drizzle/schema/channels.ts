import { relations, sql } from "drizzle-orm";
import { bigint, check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { channelKindEnum, channelPosterEnum } from "./enums";
import { createdAt, id } from "./helpers";
import { ClassTable } from "./classes";
import { UserTable } from "./users";

/** The longest message body, in characters (the database enforces it too). */
export const MESSAGE_MAX_CHARS = 4_000;

/** A class's discussion channel: general and announcements by default, more on demand. */
export const ChannelTable = pgTable(
  "channels",
  {
    id,
    classId: uuid("class_id")
      .notNull()
      .references(() => ClassTable.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: channelKindEnum("kind").notNull().default("custom"),
    posting: channelPosterEnum("posting").notNull().default("everyone"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => UserTable.id, { onDelete: "restrict" }),
    createdAt,
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("channels_class_name_key").on(table.classId, table.name),
    // One general and one announcements channel per class.
    uniqueIndex("channels_class_default_kind_key").on(table.classId, table.kind).where(sql`${table.kind} <> 'custom'`),
    check("channels_name_length", sql`char_length(${table.name}) between 1 and 40`),
  ],
);

const nullableTimestamp = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A message or a thread reply (parent_id names the thread's first message; replies do not nest).
 * The id is a bigint identity: history pages by keyset on it, never by offset. updated_at moves
 * on every change (edit, delete, hide, pin, a reply, a grade) so that pollers can ask what changed.
 */
export const ChannelMessageTable = pgTable(
  "channel_messages",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => ChannelTable.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "restrict" }),
    parentId: bigint("parent_id", { mode: "number" }).references((): AnyPgColumn => ChannelMessageTable.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    replyCount: bigint("reply_count", { mode: "number" }).notNull().default(0),
    lastReplyAt: nullableTimestamp("last_reply_at"),
    createdAt,
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    editedAt: nullableTimestamp("edited_at"),
    deletedAt: nullableTimestamp("deleted_at"),
    hiddenAt: nullableTimestamp("hidden_at"),
    hiddenBy: uuid("hidden_by").references(() => UserTable.id, { onDelete: "set null" }),
    pinnedAt: nullableTimestamp("pinned_at"),
    pinnedBy: uuid("pinned_by").references(() => UserTable.id, { onDelete: "set null" }),
    /** Set when the author (a learner) hands this message in as homework. */
    homeworkAt: nullableTimestamp("homework_at"),
    homeworkGrade: text("homework_grade"),
    homeworkFeedback: text("homework_feedback"),
    homeworkGradedBy: uuid("homework_graded_by").references(() => UserTable.id, { onDelete: "set null" }),
    homeworkGradedAt: nullableTimestamp("homework_graded_at"),
  },
  (table) => [
    // The latest page and the unread count: an index-only range scan of one channel's top-level messages.
    index("channel_messages_channel_top_idx")
      .on(table.channelId, table.id.desc(), table.authorId)
      .where(sql`${table.parentId} is null`),
    index("channel_messages_thread_idx").on(table.parentId, table.id).where(sql`${table.parentId} is not null`),
    index("channel_messages_channel_updated_idx").on(table.channelId, table.updatedAt),
    index("channel_messages_homework_idx").on(table.channelId, table.homeworkAt).where(sql`${table.homeworkAt} is not null`),
    index("channel_messages_author_idx").on(table.authorId),
    // The pinned list at the top of every channel page: only pinned, top-level, live messages.
    index("channel_messages_pinned_idx")
      .on(table.channelId, table.pinnedAt.desc())
      .where(sql`${table.pinnedAt} is not null and ${table.parentId} is null and ${table.deletedAt} is null`),
    check("channel_messages_body_length", sql`char_length(${table.body}) <= ${sql.raw(String(MESSAGE_MAX_CHARS))}`),
    check("channel_messages_grade_needs_homework", sql`${table.homeworkGradedAt} is null or ${table.homeworkAt} is not null`),
    check("channel_messages_reply_count_non_negative", sql`${table.replyCount} >= 0`),
  ],
);

/** How far a member has read a channel: the id of the last top-level message they have seen. */
export const ChannelReadTable = pgTable(
  "channel_reads",
  {
    channelId: uuid("channel_id")
      .notNull()
      .references(() => ChannelTable.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "cascade" }),
    lastReadMessageId: bigint("last_read_message_id", { mode: "number" }).notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.channelId, table.userId] }), index("channel_reads_user_idx").on(table.userId)],
);

export const channelRelations = relations(ChannelTable, ({ one, many }) => ({
  class: one(ClassTable, { fields: [ChannelTable.classId], references: [ClassTable.id] }),
  messages: many(ChannelMessageTable),
}));

export const channelMessageRelations = relations(ChannelMessageTable, ({ one }) => ({
  channel: one(ChannelTable, { fields: [ChannelMessageTable.channelId], references: [ChannelTable.id] }),
  author: one(UserTable, { fields: [ChannelMessageTable.authorId], references: [UserTable.id] }),
}));

export type Channel = typeof ChannelTable.$inferSelect;
export type ChannelMessage = typeof ChannelMessageTable.$inferSelect;
export type ChannelRead = typeof ChannelReadTable.$inferSelect;
