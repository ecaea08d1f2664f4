SET LOCAL lock_timeout = '5s';--> statement-breakpoint
SET LOCAL statement_timeout = '60s';--> statement-breakpoint
CREATE INDEX "channel_messages_pinned_idx" ON "channel_messages" USING btree ("channel_id","pinned_at" DESC NULLS LAST) WHERE "channel_messages"."pinned_at" is not null and "channel_messages"."parent_id" is null and "channel_messages"."deleted_at" is null;