CREATE TABLE "ranking_snapshot_places" (
	"snapshot_id" integer NOT NULL,
	"position" integer NOT NULL,
	"raw_position" integer,
	"normalised_position" integer,
	"nomination_id" uuid NOT NULL,
	"country_code" text NOT NULL,
	"country_name" text NOT NULL,
	"title" text NOT NULL,
	"row" jsonb,
	CONSTRAINT "ranking_snapshot_places_pkey" PRIMARY KEY("snapshot_id","position")
);
--> statement-breakpoint
-- Snapshots are a cache: those stored without a summary are dropped, and the next look at the page computes them again.
DELETE FROM "ranking_snapshots";--> statement-breakpoint
ALTER TABLE "ranking_snapshots" ADD COLUMN "summary" jsonb;--> statement-breakpoint
ALTER TABLE "ranking_snapshot_places" ADD CONSTRAINT "ranking_snapshot_places_snapshot_id_ranking_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."ranking_snapshots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ranking_snapshot_places_raw_idx" ON "ranking_snapshot_places" USING btree ("snapshot_id","raw_position");--> statement-breakpoint
CREATE INDEX "ranking_snapshot_places_normalised_idx" ON "ranking_snapshot_places" USING btree ("snapshot_id","normalised_position");--> statement-breakpoint
CREATE INDEX "ranking_snapshot_places_nomination_idx" ON "ranking_snapshot_places" USING btree ("snapshot_id","nomination_id");--> statement-breakpoint
ALTER TABLE "ranking_snapshots" ADD CONSTRAINT "ranking_snapshots_ready_has_summary" CHECK ("ranking_snapshots"."status" <> 'ready' or "ranking_snapshots"."summary" is not null);