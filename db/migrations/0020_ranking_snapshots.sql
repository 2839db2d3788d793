CREATE TABLE "ranking_snapshots" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ranking_snapshots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"edition_id" integer NOT NULL,
	"version" bigint NOT NULL,
	"status" text DEFAULT 'computing' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"record" jsonb,
	"error" text,
	"sheet_count" integer,
	"load_ms" integer,
	"compute_ms" integer,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"computed_at" timestamp with time zone,
	CONSTRAINT "ranking_snapshots_edition_version_key" UNIQUE("edition_id","version"),
	CONSTRAINT "ranking_snapshots_status_known" CHECK ("ranking_snapshots"."status" in ('computing', 'ready', 'failed')),
	CONSTRAINT "ranking_snapshots_progress_range" CHECK ("ranking_snapshots"."progress" between 0 and 100),
	CONSTRAINT "ranking_snapshots_ready_has_record" CHECK ("ranking_snapshots"."status" <> 'ready' or "ranking_snapshots"."record" is not null)
);
--> statement-breakpoint
CREATE TABLE "ranking_versions" (
	"edition_id" integer PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ranking_snapshots" ADD CONSTRAINT "ranking_snapshots_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ranking_versions" ADD CONSTRAINT "ranking_versions_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ranking_snapshots_edition_ready_idx" ON "ranking_snapshots" USING btree ("edition_id","status","version");--> statement-breakpoint
-- The ranking version (db/schema/ranking-snapshots.ts): one more in each statement that changes what the ranking reads,
-- so a snapshot keyed by it is current exactly while nothing it was computed from has changed. Statement-level
-- triggers with transition tables, so a bulk load (COPY of a million scores) bumps once, not once per row.
CREATE OR REPLACE FUNCTION bump_ranking_versions(edition_ids integer[]) RETURNS void AS $$
  INSERT INTO ranking_versions AS v (edition_id, version)
    -- Joined to editions: the rows a deleted edition cascades away have no version left to keep.
    SELECT e.id, 1 FROM editions e WHERE e.id = ANY (edition_ids)
  ON CONFLICT (edition_id) DO UPDATE SET version = v.version + 1;
$$ LANGUAGE sql;
--> statement-breakpoint
-- A sheet counts only once submitted: a draft's changes never move the ranking.
CREATE OR REPLACE FUNCTION ranking_touch_score_sheets() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bump_ranking_versions(ARRAY(SELECT DISTINCT edition_id FROM new_rows WHERE state = 'submitted'));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bump_ranking_versions(ARRAY(SELECT DISTINCT edition_id FROM old_rows WHERE state = 'submitted'));
  ELSE
    PERFORM bump_ranking_versions(ARRAY(
      SELECT DISTINCT unnest(ARRAY[o.edition_id, n.edition_id]) FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.state = 'submitted' OR n.state = 'submitted')
        AND (o.state, o.is_excluded, o.nomination_id, o.juror_user_id, o.edition_id)
          IS DISTINCT FROM (n.state, n.is_excluded, n.nomination_id, n.juror_user_id, n.edition_id)));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ranking_touch_scores() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bump_ranking_versions(ARRAY(
      SELECT DISTINCT s.edition_id FROM new_rows n JOIN score_sheets s ON s.id = n.sheet_id WHERE s.state = 'submitted'));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bump_ranking_versions(ARRAY(
      SELECT DISTINCT s.edition_id FROM old_rows o JOIN score_sheets s ON s.id = o.sheet_id WHERE s.state = 'submitted'));
  ELSE
    PERFORM bump_ranking_versions(ARRAY(
      SELECT DISTINCT s.edition_id FROM old_rows o
        JOIN new_rows n ON n.sheet_id = o.sheet_id AND n.criterion_id = o.criterion_id
        JOIN score_sheets s ON s.id = n.sheet_id
      WHERE s.state = 'submitted' AND o.value IS DISTINCT FROM n.value));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ranking_touch_nominations() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bump_ranking_versions(ARRAY(SELECT DISTINCT edition_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bump_ranking_versions(ARRAY(SELECT DISTINCT edition_id FROM old_rows));
  ELSE
    PERFORM bump_ranking_versions(ARRAY(
      SELECT DISTINCT unnest(ARRAY[o.edition_id, n.edition_id]) FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.kind, o.state, o.country_code, o.title, o.edition_id) IS DISTINCT FROM (n.kind, n.state, n.country_code, n.title, n.edition_id)));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ranking_touch_criteria() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bump_ranking_versions(ARRAY(SELECT DISTINCT edition_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bump_ranking_versions(ARRAY(SELECT DISTINCT edition_id FROM old_rows));
  ELSE
    PERFORM bump_ranking_versions(ARRAY(
      SELECT DISTINCT unnest(ARRAY[o.edition_id, n.edition_id]) FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.position, o.title, o.weight, o.scale_min, o.scale_max, o.edition_id)
        IS DISTINCT FROM (n.position, n.title, n.weight, n.scale_min, n.scale_max, n.edition_id)));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Conflicts and tie decisions: every row counts, whatever changes in it.
CREATE OR REPLACE FUNCTION ranking_touch_edition_rows() RETURNS trigger AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    PERFORM bump_ranking_versions(ARRAY(SELECT DISTINCT edition_id FROM new_rows));
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM bump_ranking_versions(ARRAY(SELECT DISTINCT edition_id FROM old_rows));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- A juror's vote, country (the own-country rule) and membership decide which sheets count.
CREATE OR REPLACE FUNCTION ranking_touch_memberships() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bump_ranking_versions(ARRAY(SELECT DISTINCT edition_id FROM new_rows WHERE role = 'juror' AND edition_id IS NOT NULL));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bump_ranking_versions(ARRAY(SELECT DISTINCT edition_id FROM old_rows WHERE role = 'juror' AND edition_id IS NOT NULL));
  ELSE
    PERFORM bump_ranking_versions(ARRAY(
      SELECT DISTINCT unnest(ARRAY[o.edition_id, n.edition_id]) FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.role = 'juror' OR n.role = 'juror')
        AND (o.role, o.is_voting, o.country_code, o.edition_id, o.user_id)
          IS DISTINCT FROM (n.role, n.is_voting, n.country_code, n.edition_id, n.user_id)));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The edition columns the ranking record holds (lib/results/ranking.ts, loadRankingRecordInput).
CREATE OR REPLACE FUNCTION ranking_touch_editions() RETURNS trigger AS $$
BEGIN
  PERFORM bump_ranking_versions(ARRAY(
    SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.year, o.phase, o.is_normalised, o.tie_break_chain, o.awarded_places)
      IS DISTINCT FROM (n.year, n.phase, n.is_normalised, n.tie_break_chain, n.awarded_places)));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The deliberation names jurors and countries: a renamed one changes the record too.
CREATE OR REPLACE FUNCTION ranking_touch_names() RETURNS trigger AS $$
BEGIN
  IF TG_TABLE_NAME = 'users' THEN
    PERFORM bump_ranking_versions(ARRAY(
      SELECT DISTINCT m.edition_id FROM old_rows o JOIN new_rows n ON n.id = o.id
        JOIN memberships m ON m.user_id = n.id AND m.role = 'juror' AND m.edition_id IS NOT NULL
      WHERE o.name IS DISTINCT FROM n.name));
  ELSIF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.code = o.code WHERE o.name IS DISTINCT FROM n.name) THEN
    PERFORM bump_ranking_versions(ARRAY(SELECT id FROM editions));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER score_sheets_ranking_insert AFTER INSERT ON score_sheets
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_score_sheets();
--> statement-breakpoint
CREATE TRIGGER score_sheets_ranking_update AFTER UPDATE ON score_sheets
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_score_sheets();
--> statement-breakpoint
CREATE TRIGGER score_sheets_ranking_delete AFTER DELETE ON score_sheets
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_score_sheets();
--> statement-breakpoint
CREATE TRIGGER scores_ranking_insert AFTER INSERT ON scores
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_scores();
--> statement-breakpoint
CREATE TRIGGER scores_ranking_update AFTER UPDATE ON scores
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_scores();
--> statement-breakpoint
CREATE TRIGGER scores_ranking_delete AFTER DELETE ON scores
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_scores();
--> statement-breakpoint
CREATE TRIGGER nominations_ranking_insert AFTER INSERT ON nominations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_nominations();
--> statement-breakpoint
CREATE TRIGGER nominations_ranking_update AFTER UPDATE ON nominations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_nominations();
--> statement-breakpoint
CREATE TRIGGER nominations_ranking_delete AFTER DELETE ON nominations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_nominations();
--> statement-breakpoint
CREATE TRIGGER criteria_ranking_insert AFTER INSERT ON criteria
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_criteria();
--> statement-breakpoint
CREATE TRIGGER criteria_ranking_update AFTER UPDATE ON criteria
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_criteria();
--> statement-breakpoint
CREATE TRIGGER criteria_ranking_delete AFTER DELETE ON criteria
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_criteria();
--> statement-breakpoint
CREATE TRIGGER conflicts_ranking_insert AFTER INSERT ON conflicts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_edition_rows();
--> statement-breakpoint
CREATE TRIGGER conflicts_ranking_update AFTER UPDATE ON conflicts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_edition_rows();
--> statement-breakpoint
CREATE TRIGGER conflicts_ranking_delete AFTER DELETE ON conflicts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_edition_rows();
--> statement-breakpoint
CREATE TRIGGER tie_decisions_ranking_insert AFTER INSERT ON tie_decisions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_edition_rows();
--> statement-breakpoint
CREATE TRIGGER tie_decisions_ranking_update AFTER UPDATE ON tie_decisions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_edition_rows();
--> statement-breakpoint
CREATE TRIGGER tie_decisions_ranking_delete AFTER DELETE ON tie_decisions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_edition_rows();
--> statement-breakpoint
CREATE TRIGGER memberships_ranking_insert AFTER INSERT ON memberships
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_memberships();
--> statement-breakpoint
CREATE TRIGGER memberships_ranking_update AFTER UPDATE ON memberships
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_memberships();
--> statement-breakpoint
CREATE TRIGGER memberships_ranking_delete AFTER DELETE ON memberships
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_memberships();
--> statement-breakpoint
CREATE TRIGGER editions_ranking_update AFTER UPDATE ON editions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_editions();
--> statement-breakpoint
CREATE TRIGGER users_ranking_update AFTER UPDATE ON users
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_names();
--> statement-breakpoint
CREATE TRIGGER countries_ranking_update AFTER UPDATE ON countries
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ranking_touch_names();
