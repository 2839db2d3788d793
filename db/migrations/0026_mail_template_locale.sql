ALTER TABLE "mail_templates" DROP CONSTRAINT "mail_templates_edition_kind_key";--> statement-breakpoint
ALTER TABLE "mail_templates" ADD COLUMN "locale" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_templates" ADD CONSTRAINT "mail_templates_edition_kind_locale_key" UNIQUE("edition_id","kind","locale");--> statement-breakpoint
ALTER TABLE "mail_templates" ADD CONSTRAINT "mail_templates_locale_known" CHECK ("mail_templates"."locale" in ('en', 'fr'));