ALTER TABLE "frozen_results" ADD COLUMN "public_fingerprint" text;--> statement-breakpoint
ALTER TABLE "frozen_results" ADD COLUMN "private_fingerprint" text;