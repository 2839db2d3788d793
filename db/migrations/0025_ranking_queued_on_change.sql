ALTER TABLE "ranking_versions" ADD COLUMN "submitted_sheets" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- The number of submitted sheets above which an edition's ranking is computed by the job ranking.compute rather than
-- on the page's request (INLINE_RANKING_SHEET_LIMIT in lib/results/deliberation-ranking.ts; a test keeps them equal).
CREATE OR REPLACE FUNCTION ranking_inline_sheet_limit() RETURNS integer AS $$ SELECT 2000 $$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
-- Every change the ranking reads moves the version (migration 0020) and, for a large edition, queues the ranking's
-- computation in the same transaction: the page that shows the ranking only reads, and a rolled-back change queues nothing.
CREATE OR REPLACE FUNCTION bump_ranking_versions(edition_ids integer[]) RETURNS void AS $$
  INSERT INTO ranking_versions AS v (edition_id, version)
    -- Joined to editions: the rows a deleted edition cascades away have no version left to keep.
    SELECT e.id, 1 FROM editions e WHERE e.id = ANY (edition_ids)
  ON CONFLICT (edition_id) DO UPDATE SET version = v.version + 1;
  INSERT INTO jobs (kind, key, payload, max_attempts)
    SELECT 'ranking.compute', 'edition:' || v.edition_id, jsonb_build_object('editionId', v.edition_id), 10
    FROM ranking_versions v WHERE v.edition_id = ANY (edition_ids) AND v.submitted_sheets > ranking_inline_sheet_limit()
  ON CONFLICT (kind, key) WHERE state = 'pending' DO NOTHING;
$$ LANGUAGE sql;
--> statement-breakpoint
-- Adds each edition's change in submitted sheets; an edition whose count does not change is not written (no lock taken).
CREATE OR REPLACE FUNCTION add_submitted_sheets(changes jsonb) RETURNS void AS $$
  INSERT INTO ranking_versions AS v (edition_id, submitted_sheets)
    SELECT e.id, c.delta FROM (
      SELECT (item ->> 'edition_id')::integer AS edition_id, sum((item ->> 'delta')::integer)::integer AS delta
      FROM jsonb_array_elements(changes) AS item GROUP BY 1
    ) c JOIN editions e ON e.id = c.edition_id
    WHERE c.delta <> 0
  ON CONFLICT (edition_id) DO UPDATE SET submitted_sheets = v.submitted_sheets + excluded.submitted_sheets;
$$ LANGUAGE sql;
--> statement-breakpoint
-- As in 0020, with the count of submitted sheets kept first, so the version's bump sees whether the edition is large.
CREATE OR REPLACE FUNCTION ranking_touch_score_sheets() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM add_submitted_sheets(coalesce((
      SELECT jsonb_agg(jsonb_build_object('edition_id', edition_id, 'delta', n)) FROM (
        SELECT edition_id, count(*) AS n FROM new_rows WHERE state = 'submitted' GROUP BY edition_id) c), '[]'));
    PERFORM bump_ranking_versions(ARRAY(SELECT DISTINCT edition_id FROM new_rows WHERE state = 'submitted'));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM add_submitted_sheets(coalesce((
      SELECT jsonb_agg(jsonb_build_object('edition_id', edition_id, 'delta', -n)) FROM (
        SELECT edition_id, count(*) AS n FROM old_rows WHERE state = 'submitted' GROUP BY edition_id) c), '[]'));
    PERFORM bump_ranking_versions(ARRAY(SELECT DISTINCT edition_id FROM old_rows WHERE state = 'submitted'));
  ELSE
    PERFORM add_submitted_sheets(coalesce((
      SELECT jsonb_agg(jsonb_build_object('edition_id', edition_id, 'delta', n)) FROM (
        SELECT edition_id, count(*) AS n FROM new_rows WHERE state = 'submitted' GROUP BY edition_id
        UNION ALL
        SELECT edition_id, -count(*) AS n FROM old_rows WHERE state = 'submitted' GROUP BY edition_id) c), '[]'));
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
-- The editions already held: their count, and a computation queued for each large one.
INSERT INTO ranking_versions AS v (edition_id, submitted_sheets)
  SELECT edition_id, count(*)::integer FROM score_sheets WHERE state = 'submitted' GROUP BY edition_id
ON CONFLICT (edition_id) DO UPDATE SET submitted_sheets = excluded.submitted_sheets;
--> statement-breakpoint
INSERT INTO jobs (kind, key, payload, max_attempts)
  SELECT 'ranking.compute', 'edition:' || edition_id, jsonb_build_object('editionId', edition_id), 10
  FROM ranking_versions WHERE submitted_sheets > ranking_inline_sheet_limit()
ON CONFLICT (kind, key) WHERE state = 'pending' DO NOTHING;
