CREATE TYPE "public"."role_kind" AS ENUM('admin', 'coordinator', 'juror');--> statement-breakpoint
CREATE TYPE "public"."edition_phase" AS ENUM('draft', 'nominations_open', 'eligibility', 'jury_scoring', 'deliberation', 'published');--> statement-breakpoint
CREATE TYPE "public"."eligibility_reason" AS ENUM('off_theme', 'not_evaluated', 'incomplete', 'not_in_english', 'duplicate', 'other');--> statement-breakpoint
CREATE TYPE "public"."nomination_kind" AS ENUM('competing', 'additional');--> statement-breakpoint
CREATE TYPE "public"."nomination_state" AS ENUM('draft', 'submitted', 'accepted', 'rejected', 'awarded', 'participant');--> statement-breakpoint
CREATE TYPE "public"."conflict_source" AS ENUM('own_country', 'declared', 'admin');--> statement-breakpoint
CREATE TYPE "public"."sheet_state" AS ENUM('draft', 'submitted');--> statement-breakpoint
CREATE TABLE "countries" (
	"code" char(2) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"joined_on" date,
	"left_on" date
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"role" "role_kind" NOT NULL,
	"edition_id" integer,
	"country_code" char(2),
	"is_chair" boolean DEFAULT false NOT NULL,
	"is_voting" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_country_required" CHECK ("memberships"."role" = 'admin' or "memberships"."country_code" is not null),
	CONSTRAINT "memberships_juror_edition_required" CHECK ("memberships"."role" <> 'juror' or "memberships"."edition_id" is not null),
	CONSTRAINT "memberships_chair_is_juror" CHECK (not "memberships"."is_chair" or "memberships"."role" = 'juror')
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "editions" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"theme" text NOT NULL,
	"presidency_country_code" char(2) NOT NULL,
	"phase" "edition_phase" DEFAULT 'draft' NOT NULL,
	"submission_deadline" timestamp with time zone NOT NULL,
	"grace_period_minutes" integer DEFAULT 0 NOT NULL,
	"jury_deadline" timestamp with time zone NOT NULL,
	"ceremony_starts_on" date NOT NULL,
	"ceremony_ends_on" date,
	"ceremony_place" text DEFAULT '' NOT NULL,
	"awarded_places" integer DEFAULT 3 NOT NULL,
	"max_voting_jurors" integer DEFAULT 8 NOT NULL,
	"description_word_limit" integer DEFAULT 600 NOT NULL,
	"answer_word_limit" integer DEFAULT 500 NOT NULL,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "editions_year_unique" UNIQUE("year"),
	CONSTRAINT "editions_year_range" CHECK ("editions"."year" between 1990 and 2200),
	CONSTRAINT "editions_awarded_places_range" CHECK ("editions"."awarded_places" between 1 and 10),
	CONSTRAINT "editions_grace_non_negative" CHECK ("editions"."grace_period_minutes" >= 0),
	CONSTRAINT "editions_jury_after_submission" CHECK ("editions"."jury_deadline" > "editions"."submission_deadline"),
	CONSTRAINT "editions_published_has_time" CHECK ("editions"."phase" <> 'published' or "editions"."published_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "prizes" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"rank" integer NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "prizes_edition_rank_key" UNIQUE("edition_id","rank"),
	CONSTRAINT "prizes_rank_positive" CHECK ("prizes"."rank" >= 1)
);
--> statement-breakpoint
CREATE TABLE "nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition_id" integer NOT NULL,
	"country_code" char(2) NOT NULL,
	"kind" "nomination_kind" DEFAULT 'competing' NOT NULL,
	"state" "nomination_state" DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"start_date" date,
	"is_ongoing" boolean DEFAULT true NOT NULL,
	"end_date" date,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"answer_prevention" text DEFAULT '' NOT NULL,
	"answer_evaluation" text DEFAULT '' NOT NULL,
	"answer_innovation" text DEFAULT '' NOT NULL,
	"answer_partners" text DEFAULT '' NOT NULL,
	"answer_replication" text DEFAULT '' NOT NULL,
	"eligibility_reason" "eligibility_reason",
	"eligibility_note" text,
	"reference" text,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"updated_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nominations_end_after_start" CHECK ("nominations"."end_date" is null or "nominations"."start_date" is null or "nominations"."end_date" >= "nominations"."start_date"),
	CONSTRAINT "nominations_submitted_has_time" CHECK ("nominations"."state" = 'draft' or "nominations"."submitted_at" is not null),
	CONSTRAINT "nominations_rejected_has_reason" CHECK ("nominations"."state" <> 'rejected' or "nominations"."eligibility_reason" is not null),
	CONSTRAINT "nominations_version_positive" CHECK ("nominations"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "conflicts" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"juror_user_id" integer NOT NULL,
	"nomination_id" uuid NOT NULL,
	"source" "conflict_source" NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conflicts_juror_nomination_key" UNIQUE("juror_user_id","nomination_id")
);
--> statement-breakpoint
CREATE TABLE "criteria" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"guidance" text DEFAULT '' NOT NULL,
	"weight" numeric(6, 3) DEFAULT 1 NOT NULL,
	"scale_min" integer DEFAULT 1 NOT NULL,
	"scale_max" integer DEFAULT 10 NOT NULL,
	"is_comment_required" boolean DEFAULT false NOT NULL,
	CONSTRAINT "criteria_edition_position_key" UNIQUE("edition_id","position"),
	CONSTRAINT "criteria_id_scale_key" UNIQUE("id","scale_min","scale_max"),
	CONSTRAINT "criteria_weight_positive" CHECK ("criteria"."weight" > 0),
	CONSTRAINT "criteria_scale_order" CHECK ("criteria"."scale_min" < "criteria"."scale_max")
);
--> statement-breakpoint
CREATE TABLE "score_sheets" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"nomination_id" uuid NOT NULL,
	"juror_user_id" integer NOT NULL,
	"state" "sheet_state" DEFAULT 'draft' NOT NULL,
	"overall_comment" text DEFAULT '' NOT NULL,
	"is_excluded" boolean DEFAULT false NOT NULL,
	"exclusion_reason" text,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "score_sheets_juror_nomination_key" UNIQUE("juror_user_id","nomination_id"),
	CONSTRAINT "score_sheets_submitted_has_time" CHECK ("score_sheets"."state" = 'draft' or "score_sheets"."submitted_at" is not null),
	CONSTRAINT "score_sheets_excluded_has_reason" CHECK (not "score_sheets"."is_excluded" or "score_sheets"."exclusion_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "scores" (
	"sheet_id" integer NOT NULL,
	"criterion_id" integer NOT NULL,
	"scale_min" integer NOT NULL,
	"scale_max" integer NOT NULL,
	"value" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	CONSTRAINT "scores_sheet_id_criterion_id_pk" PRIMARY KEY("sheet_id","criterion_id"),
	CONSTRAINT "scores_value_in_scale" CHECK ("scores"."value" between "scores"."scale_min" and "scores"."scale_max")
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" integer,
	"edition_id" integer,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "awards" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"rank" integer NOT NULL,
	"nomination_id" uuid NOT NULL,
	"prize" text DEFAULT '' NOT NULL,
	"jury_reason" text DEFAULT '' NOT NULL,
	CONSTRAINT "awards_edition_rank_key" UNIQUE("edition_id","rank"),
	CONSTRAINT "awards_edition_nomination_key" UNIQUE("edition_id","nomination_id"),
	CONSTRAINT "awards_rank_positive" CHECK ("awards"."rank" >= 1)
);
--> statement-breakpoint
CREATE TABLE "frozen_results" (
	"edition_id" integer PRIMARY KEY NOT NULL,
	"snapshot" jsonb NOT NULL,
	"fingerprint" text NOT NULL,
	"frozen_by" integer,
	"frozen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "editions" ADD CONSTRAINT "editions_presidency_country_code_countries_code_fk" FOREIGN KEY ("presidency_country_code") REFERENCES "public"."countries"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prizes" ADD CONSTRAINT "prizes_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_juror_user_id_users_id_fk" FOREIGN KEY ("juror_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criteria" ADD CONSTRAINT "criteria_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_juror_user_id_users_id_fk" FOREIGN KEY ("juror_user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_sheet_id_score_sheets_id_fk" FOREIGN KEY ("sheet_id") REFERENCES "public"."score_sheets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_criterion_scale_fk" FOREIGN KEY ("criterion_id","scale_min","scale_max") REFERENCES "public"."criteria"("id","scale_min","scale_max") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frozen_results" ADD CONSTRAINT "frozen_results_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frozen_results" ADD CONSTRAINT "frozen_results_frozen_by_users_id_fk" FOREIGN KEY ("frozen_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_juror_once_idx" ON "memberships" USING btree ("user_id","edition_id") WHERE "memberships"."role" = 'juror';--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_one_chair_idx" ON "memberships" USING btree ("edition_id") WHERE "memberships"."is_chair";--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_idx" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "nominations_one_competing_idx" ON "nominations" USING btree ("edition_id","country_code") WHERE "nominations"."kind" = 'competing';--> statement-breakpoint
CREATE UNIQUE INDEX "nominations_reference_idx" ON "nominations" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "nominations_edition_idx" ON "nominations" USING btree ("edition_id","state");