-- A ranking snapshot's record and its places' rows are written whole and read whole, never queried inside: as json
-- they are kept as the text the computation wrote, where jsonb parsed about 75 MB at every computation of a
-- 10,000-dossier edition (1.5 s of the database server's CPU).
ALTER TABLE "ranking_snapshot_places" ALTER COLUMN "row" SET DATA TYPE json USING "row"::json;--> statement-breakpoint
ALTER TABLE "ranking_snapshots" ALTER COLUMN "record" SET DATA TYPE json USING "record"::json;
