CREATE TYPE "public"."tie_decider_role" AS ENUM('chair', 'secretariat');--> statement-breakpoint
ALTER TABLE "tie_decisions" ADD COLUMN "decider_role" "tie_decider_role" DEFAULT 'chair' NOT NULL;--> statement-breakpoint
-- Decisions already on record: the secretariat's where the person who recorded them was an admin and not the edition's chair; the chair's otherwise (as they were shown until now).
UPDATE "tie_decisions" SET "decider_role" = 'secretariat'
WHERE "decided_by" IS NOT NULL
  AND EXISTS (SELECT 1 FROM "memberships" m WHERE m."user_id" = "tie_decisions"."decided_by" AND m."role" = 'admin')
  AND NOT EXISTS (SELECT 1 FROM "memberships" m WHERE m."user_id" = "tie_decisions"."decided_by" AND m."edition_id" = "tie_decisions"."edition_id" AND m."is_chair");
