import { relations } from "drizzle-orm";
import { boolean, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { tutorRoleEnum } from "./enums";
import { createdAt, id, updatedAt } from "./helpers";
import { CourseTable } from "./courses";
import { UserTable } from "./users";

export type TutorCitation = { n: number; lessonSlug: string; lessonTitle: string; anchor: string; heading: string };

export const TutorConversationTable = pgTable(
  "tutor_conversations",
  {
    id,
    userId: uuid("user_id")
      .notNull()
      .references(() => UserTable.id, { onDelete: "cascade" }),
    courseId: uuid("course_id")
      .notNull()
      .references(() => CourseTable.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** Guide with questions and hints instead of giving answers (on by default for learners). */
    socratic: boolean("socratic").notNull().default(true),
    createdAt,
    updatedAt,
  },
  (table) => [index("tutor_conversations_user_updated_idx").on(table.userId, table.updatedAt.desc())],
);

export const TutorMessageTable = pgTable(
  "tutor_messages",
  {
    id,
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => TutorConversationTable.id, { onDelete: "cascade" }),
    role: tutorRoleEnum("role").notNull(),
    content: text("content").notNull(),
    citations: jsonb("citations").$type<TutorCitation[]>().notNull().default([]),
    createdAt,
  },
  (table) => [index("tutor_messages_conversation_idx").on(table.conversationId, table.createdAt)],
);

export const tutorConversationRelations = relations(TutorConversationTable, ({ many }) => ({
  messages: many(TutorMessageTable),
}));

export const tutorMessageRelations = relations(TutorMessageTable, ({ one }) => ({
  conversation: one(TutorConversationTable, { fields: [TutorMessageTable.conversationId], references: [TutorConversationTable.id] }),
}));

export type TutorConversation = typeof TutorConversationTable.$inferSelect;
export type TutorMessage = typeof TutorMessageTable.$inferSelect;
