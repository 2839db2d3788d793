ALTER TABLE "editions" ADD COLUMN "description" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "time_zone" text DEFAULT 'Europe/Brussels' NOT NULL;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "national_call_opens_on" date;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "national_call_closes_on" date;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "eligibility_deadline" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "jury_meeting_on" date;--> statement-breakpoint
ALTER TABLE "editions" ADD COLUMN "contact_retention_months" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "editions" ADD CONSTRAINT "editions_contact_retention_range" CHECK ("editions"."contact_retention_months" between 1 and 120);--> statement-breakpoint
ALTER TABLE "editions" ADD CONSTRAINT "editions_national_call_order" CHECK ("editions"."national_call_closes_on" is null or "editions"."national_call_opens_on" is null or "editions"."national_call_closes_on" >= "editions"."national_call_opens_on");