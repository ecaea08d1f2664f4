CREATE TYPE "public"."practice_mode" AS ENUM('practice', 'diagnostic');--> statement-breakpoint
CREATE TYPE "public"."review_card_source" AS ENUM('practice_miss', 'test_miss', 'starred', 'own');--> statement-breakpoint
CREATE TYPE "public"."review_state" AS ENUM('new', 'learning', 'review', 'relearning');--> statement-breakpoint
CREATE TABLE "learner_course_skills" (
	"user_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"value" double precision DEFAULT 0 NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learner_course_skills_user_id_course_id_pk" PRIMARY KEY("user_id","course_id")
);
--> statement-breakpoint
CREATE TABLE "learner_topic_skills" (
	"user_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"value" double precision DEFAULT 0 NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"correct_count" integer DEFAULT 0 NOT NULL,
	"last_practiced_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learner_topic_skills_user_id_topic_id_pk" PRIMARY KEY("user_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"standard_error" double precision,
	"result" jsonb,
	CONSTRAINT "placements_user_course_key" UNIQUE("user_id","course_id")
);
--> statement-breakpoint
CREATE TABLE "practice_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"requested_topic_id" uuid,
	"question_id" uuid NOT NULL,
	"question_version_id" uuid NOT NULL,
	"mode" "practice_mode" DEFAULT 'practice' NOT NULL,
	"placement_id" uuid,
	"reason" text DEFAULT 'target' NOT NULL,
	"served_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"skipped_at" timestamp with time zone,
	"response" jsonb,
	"score" double precision,
	"correct" boolean,
	"predicted" double precision,
	"expected" double precision,
	"skill_before" double precision,
	"skill_after" double precision,
	"duration_ms" integer,
	CONSTRAINT "practice_items_score_range" CHECK ("practice_items"."score" is null or ("practice_items"."score" >= 0 and "practice_items"."score" <= 1))
);
--> statement-breakpoint
CREATE TABLE "question_difficulties" (
	"question_id" uuid PRIMARY KEY NOT NULL,
	"value" double precision DEFAULT 0 NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "read_next" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"lesson_id" uuid NOT NULL,
	"anchor" text DEFAULT '' NOT NULL,
	"heading" text NOT NULL,
	"question_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "learner_settings" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"desired_retention" double precision DEFAULT 0.9 NOT NULL,
	"time_zone" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "learner_settings_retention_range" CHECK ("learner_settings"."desired_retention" >= 0.7 and "learner_settings"."desired_retention" <= 0.99)
);
--> statement-breakpoint
CREATE TABLE "review_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"course_id" uuid,
	"question_id" uuid,
	"front" text,
	"back" text,
	"source" "review_card_source" NOT NULL,
	"starred" boolean DEFAULT false NOT NULL,
	"due" timestamp with time zone NOT NULL,
	"stability" double precision DEFAULT 0 NOT NULL,
	"difficulty" double precision DEFAULT 0 NOT NULL,
	"elapsed_days" integer DEFAULT 0 NOT NULL,
	"scheduled_days" integer DEFAULT 0 NOT NULL,
	"learning_steps" integer DEFAULT 0 NOT NULL,
	"reps" integer DEFAULT 0 NOT NULL,
	"lapses" integer DEFAULT 0 NOT NULL,
	"state" "review_state" DEFAULT 'new' NOT NULL,
	"last_review" timestamp with time zone,
	"suspended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_cards_question_or_text" CHECK (("review_cards"."question_id" is not null) or ("review_cards"."front" is not null and "review_cards"."back" is not null))
);
--> statement-breakpoint
CREATE TABLE "review_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"card_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"review_number" integer NOT NULL,
	"rating" smallint NOT NULL,
	"suggested_rating" smallint,
	"correct" boolean,
	"duration_ms" integer,
	"state" "review_state" NOT NULL,
	"due" timestamp with time zone NOT NULL,
	"stability" double precision NOT NULL,
	"difficulty" double precision NOT NULL,
	"elapsed_days" integer NOT NULL,
	"last_elapsed_days" integer NOT NULL,
	"scheduled_days" integer NOT NULL,
	"learning_steps" integer NOT NULL,
	"desired_retention" double precision NOT NULL,
	"next_due" timestamp with time zone NOT NULL,
	"reviewed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "review_logs_card_review_key" UNIQUE("card_id","review_number"),
	CONSTRAINT "review_logs_rating_range" CHECK ("review_logs"."rating" between 1 and 4)
);
--> statement-breakpoint
ALTER TABLE "question_versions" ADD COLUMN "guess_chance" double precision GENERATED ALWAYS AS (case when type = 'true_false' then 0.5 when type = 'single_choice' then 1.0 / greatest(jsonb_array_length(body -> 'options'), 1) else 0 end) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "learner_course_skills" ADD CONSTRAINT "learner_course_skills_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_course_skills" ADD CONSTRAINT "learner_course_skills_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_topic_skills" ADD CONSTRAINT "learner_topic_skills_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_topic_skills" ADD CONSTRAINT "learner_topic_skills_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_topic_skills" ADD CONSTRAINT "learner_topic_skills_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_items" ADD CONSTRAINT "practice_items_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_items" ADD CONSTRAINT "practice_items_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_items" ADD CONSTRAINT "practice_items_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_items" ADD CONSTRAINT "practice_items_requested_topic_id_topics_id_fk" FOREIGN KEY ("requested_topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_items" ADD CONSTRAINT "practice_items_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_items" ADD CONSTRAINT "practice_items_question_version_id_question_versions_id_fk" FOREIGN KEY ("question_version_id") REFERENCES "public"."question_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practice_items" ADD CONSTRAINT "practice_items_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_difficulties" ADD CONSTRAINT "question_difficulties_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "read_next" ADD CONSTRAINT "read_next_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "read_next" ADD CONSTRAINT "read_next_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "read_next" ADD CONSTRAINT "read_next_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "read_next" ADD CONSTRAINT "read_next_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_settings" ADD CONSTRAINT "learner_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_cards" ADD CONSTRAINT "review_cards_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_cards" ADD CONSTRAINT "review_cards_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_cards" ADD CONSTRAINT "review_cards_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_logs" ADD CONSTRAINT "review_logs_card_id_review_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."review_cards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_logs" ADD CONSTRAINT "review_logs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "learner_course_skills_course_idx" ON "learner_course_skills" USING btree ("course_id");--> statement-breakpoint
CREATE INDEX "learner_topic_skills_user_course_idx" ON "learner_topic_skills" USING btree ("user_id","course_id");--> statement-breakpoint
CREATE INDEX "learner_topic_skills_topic_idx" ON "learner_topic_skills" USING btree ("topic_id");--> statement-breakpoint
CREATE INDEX "practice_items_user_course_served_idx" ON "practice_items" USING btree ("user_id","course_id","served_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "practice_items_user_answered_idx" ON "practice_items" USING btree ("user_id","answered_at") WHERE answered_at is not null;--> statement-breakpoint
CREATE INDEX "practice_items_question_idx" ON "practice_items" USING btree ("question_id");--> statement-breakpoint
CREATE UNIQUE INDEX "practice_items_one_open" ON "practice_items" USING btree ("user_id","course_id","mode") WHERE answered_at is null and skipped_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "read_next_one_open" ON "read_next" USING btree ("user_id","lesson_id","anchor") WHERE done_at is null;--> statement-breakpoint
CREATE INDEX "read_next_user_idx" ON "read_next" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "review_cards_user_question_key" ON "review_cards" USING btree ("user_id","question_id") WHERE question_id is not null;--> statement-breakpoint
CREATE INDEX "review_cards_user_due_idx" ON "review_cards" USING btree ("user_id","due") WHERE suspended_at is null;--> statement-breakpoint
CREATE INDEX "review_logs_user_reviewed_idx" ON "review_logs" USING btree ("user_id","reviewed_at");