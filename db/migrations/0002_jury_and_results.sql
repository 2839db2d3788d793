CREATE TYPE "public"."assignment_mode" AS ENUM('all', 'per_dossier');--> statement-breakpoint
CREATE TYPE "public"."score_visibility" AS ENUM('own_only', 'anonymous', 'named');--> statement-breakpoint
CREATE TYPE "public"."assignment_source" AS ENUM('auto', 'manual');--> statement-breakpoint
CREATE TYPE "public"."token_purpose" AS ENUM('invitation', 'password_reset');--> statement-breakpoint
CREATE TYPE "public"."ceremony_mode" AS ENUM('rehearsal', 'live');--> statement-breakpoint
CREATE TABLE "account_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"purpose" "token_purpose" NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"juror_user_id" integer NOT NULL,
	"nomination_id" uuid NOT NULL,
	"source" "assignment_source" DEFAULT 'auto' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_juror_nomination_key" UNIQUE("juror_user_id","nomination_id")
);
--> statement-breakpoint
CREATE TABLE "ceremonies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ceremonies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"edition_id" integer NOT NULL,
	"mode" "ceremony_mode" NOT NULL,
	"step" integer DEFAULT 0 NOT NULL,
	"nominee_order" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"started_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "ceremonies_edition_mode_key" UNIQUE("edition_id","mode"),
	CONSTRAINT "ceremonies_step_non_negative" CHECK ("ceremonies"."step" >= 0)
);
--> statement-breakpoint
CREATE TABLE "tie_decisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "tie_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"edition_id" integer NOT NULL,
	"ordered_nomination_ids" jsonb NOT NULL,
	"reason" text NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tie_decisions_reason_given" CHECK (length(trim("tie_decisions"."reason")) > 0)
);
--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "assignment_mode" "assignment_mode" DEFAULT 'all' NOT NULL;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "jurors_per_dossier" integer;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "score_visibility" "score_visibility" DEFAULT 'own_only' NOT NULL;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "jury_closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "jury_close_reason" text;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "is_normalised" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "tie_break_chain" jsonb DEFAULT '["median","criterion:1","top_marks"]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "jury_statement" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "embargo_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "account_tokens" ADD CONSTRAINT "account_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_juror_user_id_users_id_fk" FOREIGN KEY ("juror_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ceremonies" ADD CONSTRAINT "ceremonies_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ceremonies" ADD CONSTRAINT "ceremonies_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tie_decisions" ADD CONSTRAINT "tie_decisions_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tie_decisions" ADD CONSTRAINT "tie_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignments_edition_idx" ON "assignments" USING btree ("edition_id");--> statement-breakpoint
ALTER TABLE "editions" ADD CONSTRAINT "editions_jurors_per_dossier_positive" CHECK ("editions"."jurors_per_dossier" is null or "editions"."jurors_per_dossier" >= 1);--> statement-breakpoint
ALTER TABLE "editions" ADD CONSTRAINT "editions_max_voting_positive" CHECK ("editions"."max_voting_jurors" >= 1);