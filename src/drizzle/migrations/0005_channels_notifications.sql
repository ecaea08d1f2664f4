SET LOCAL lock_timeout = '5s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
CREATE TYPE "public"."channel_kind" AS ENUM('general', 'announcements', 'custom');--> statement-breakpoint
CREATE TYPE "public"."channel_poster" AS ENUM('everyone', 'teachers');--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('assignment_new', 'test_due', 'grade_released', 'reply', 'mention', 'homework_graded');--> statement-breakpoint
CREATE TABLE "channel_messages" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "channel_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"channel_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"parent_id" bigint,
	"body" text NOT NULL,
	"reply_count" bigint DEFAULT 0 NOT NULL,
	"last_reply_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"hidden_by" uuid,
	"pinned_at" timestamp with time zone,
	"pinned_by" uuid,
	"homework_at" timestamp with time zone,
	"homework_grade" text,
	"homework_feedback" text,
	"homework_graded_by" uuid,
	"homework_graded_at" timestamp with time zone,
	CONSTRAINT "channel_messages_body_length" CHECK (char_length("channel_messages"."body") <= 4000),
	CONSTRAINT "channel_messages_grade_needs_homework" CHECK ("channel_messages"."homework_graded_at" is null or "channel_messages"."homework_at" is not null),
	CONSTRAINT "channel_messages_reply_count_non_negative" CHECK ("channel_messages"."reply_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "channel_reads" (
	"channel_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"last_read_message_id" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "channel_reads_channel_id_user_id_pk" PRIMARY KEY("channel_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "channels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"class_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "channel_kind" DEFAULT 'custom' NOT NULL,
	"posting" "channel_poster" DEFAULT 'everyone' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "channels_name_length" CHECK (char_length("channels"."name") between 1 and 40)
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"link" text NOT NULL,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_link_is_path" CHECK ("notifications"."link" like '/%' and "notifications"."link" not like '//%'),
	CONSTRAINT "notifications_text_length" CHECK (char_length("notifications"."title") <= 200 and char_length("notifications"."body") <= 500)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "disabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "channel_messages" ADD CONSTRAINT "channel_messages_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_messages" ADD CONSTRAINT "channel_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_messages" ADD CONSTRAINT "channel_messages_parent_id_channel_messages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."channel_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_messages" ADD CONSTRAINT "channel_messages_hidden_by_users_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_messages" ADD CONSTRAINT "channel_messages_pinned_by_users_id_fk" FOREIGN KEY ("pinned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_messages" ADD CONSTRAINT "channel_messages_homework_graded_by_users_id_fk" FOREIGN KEY ("homework_graded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_reads" ADD CONSTRAINT "channel_reads_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_reads" ADD CONSTRAINT "channel_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channels" ADD CONSTRAINT "channels_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channels" ADD CONSTRAINT "channels_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "channel_messages_channel_top_idx" ON "channel_messages" USING btree ("channel_id","id" DESC NULLS LAST,"author_id") WHERE "channel_messages"."parent_id" is null;--> statement-breakpoint
CREATE INDEX "channel_messages_thread_idx" ON "channel_messages" USING btree ("parent_id","id") WHERE "channel_messages"."parent_id" is not null;--> statement-breakpoint
CREATE INDEX "channel_messages_channel_updated_idx" ON "channel_messages" USING btree ("channel_id","updated_at");--> statement-breakpoint
CREATE INDEX "channel_messages_homework_idx" ON "channel_messages" USING btree ("channel_id","homework_at") WHERE "channel_messages"."homework_at" is not null;--> statement-breakpoint
CREATE INDEX "channel_messages_author_idx" ON "channel_messages" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "channel_reads_user_idx" ON "channel_reads" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "channels_class_name_key" ON "channels" USING btree ("class_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "channels_class_default_kind_key" ON "channels" USING btree ("class_id","kind") WHERE "channels"."kind" <> 'custom';--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_user_dedupe_key" ON "notifications" USING btree ("user_id","dedupe_key");;--> statement-breakpoint
-- Every existing class gets its two default channels (new classes get them when they are created).
INSERT INTO "channels" ("class_id", "name", "kind", "posting", "created_by")
SELECT "id", 'general', 'general', 'everyone', "teacher_id" FROM "classes"
ON CONFLICT DO NOTHING;--> statement-breakpoint
INSERT INTO "channels" ("class_id", "name", "kind", "posting", "created_by")
SELECT "id", 'announcements', 'announcements', 'teachers', "teacher_id" FROM "classes"
ON CONFLICT DO NOTHING;