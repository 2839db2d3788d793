-- While jurors keep submitting, a large edition's ranking was computed back to back: at 10,000 dossiers each
-- computation takes seconds of CPU (load, compute, store), so one of a small server's cores did nothing else. A
-- computation queued by a change now starts no sooner than the last one started plus three times what the last ready
-- one took, so computing takes at most a third of the time while changes keep coming; the deliberation page shows
-- the previous ranking as updating meanwhile. Computations under a second (small editions, tests) start at once.
CREATE OR REPLACE FUNCTION ranking_next_computation_at(edition integer) RETURNS timestamptz AS $$
  SELECT greatest(now(), coalesce((
    SELECT latest.started_at + 3 * took.duration
    FROM (SELECT max(s.started_at) AS started_at FROM ranking_snapshots s WHERE s.edition_id = edition) latest,
      (SELECT s.computed_at - s.started_at + make_interval(secs => coalesce(s.load_ms, 0) / 1000.0) AS duration
       FROM ranking_snapshots s
       WHERE s.edition_id = edition AND s.status = 'ready' AND s.computed_at IS NOT NULL
       ORDER BY s.version DESC LIMIT 1) took
    WHERE took.duration >= interval '1 second'), now()));
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_ranking_versions(edition_ids integer[]) RETURNS void AS $$
  INSERT INTO ranking_versions AS v (edition_id, version)
    -- Joined to editions: the rows a deleted edition cascades away have no version left to keep.
    SELECT e.id, 1 FROM editions e WHERE e.id = ANY (edition_ids)
  ON CONFLICT (edition_id) DO UPDATE SET version = v.version + 1;
  INSERT INTO jobs (kind, key, payload, max_attempts, run_at)
    SELECT 'ranking.compute', 'edition:' || v.edition_id, jsonb_build_object('editionId', v.edition_id), 10, ranking_next_computation_at(v.edition_id)
    FROM ranking_versions v WHERE v.edition_id = ANY (edition_ids) AND v.submitted_sheets > ranking_inline_sheet_limit()
  ON CONFLICT (kind, key) WHERE state = 'pending' DO NOTHING;
$$ LANGUAGE sql;
