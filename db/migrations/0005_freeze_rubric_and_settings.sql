-- The freeze also covers the rubric and the edition's own ranking settings; the trigger's argument names what is refused.
CREATE OR REPLACE FUNCTION refuse_change_when_frozen() RETURNS trigger AS $$
DECLARE
  target_edition integer;
BEGIN
  IF TG_TABLE_NAME = 'scores' THEN
    SELECT s.edition_id INTO target_edition FROM score_sheets s
      WHERE s.id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.sheet_id ELSE NEW.sheet_id END);
  ELSIF TG_TABLE_NAME = 'editions' THEN
    target_edition := OLD.id;
  ELSIF TG_OP = 'DELETE' THEN
    target_edition := OLD.edition_id;
  ELSE
    target_edition := NEW.edition_id;
  END IF;
  IF EXISTS (SELECT 1 FROM frozen_results f WHERE f.edition_id = target_edition) THEN
    RAISE EXCEPTION 'The result of this edition is frozen: % cannot change', coalesce(TG_ARGV[0], TG_TABLE_NAME)
      USING ERRCODE = 'P0001', HINT = 'result_frozen';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Weights and scales live on the criteria: the ranking and the scores' range checks are built from them.
CREATE TRIGGER criteria_frozen_guard BEFORE INSERT OR UPDATE OR DELETE ON criteria
  FOR EACH ROW EXECUTE FUNCTION refuse_change_when_frozen('its criteria');
--> statement-breakpoint
-- Every edition column the ranking or the sealed snapshot holds (lib/results/ranking.ts, lib/results/snapshot.ts),
-- and the voting cap that settled the jury; the phase, publication time, embargo and dates stay writable,
-- since a frozen result is published afterwards.
CREATE TRIGGER editions_frozen_guard
  BEFORE UPDATE OF year, theme, presidency_country_code, awarded_places, max_voting_jurors, is_normalised, tie_break_chain, jury_statement
  ON editions
  FOR EACH ROW
  WHEN ((OLD.year, OLD.theme, OLD.presidency_country_code, OLD.awarded_places, OLD.max_voting_jurors, OLD.is_normalised, OLD.tie_break_chain, OLD.jury_statement)
    IS DISTINCT FROM (NEW.year, NEW.theme, NEW.presidency_country_code, NEW.awarded_places, NEW.max_voting_jurors, NEW.is_normalised, NEW.tie_break_chain, NEW.jury_statement))
  EXECUTE FUNCTION refuse_change_when_frozen('its ranking settings');
--> statement-breakpoint
-- Deleting the edition would take its sealed result and everything it was built from with it.
CREATE TRIGGER editions_frozen_delete_guard BEFORE DELETE ON editions
  FOR EACH ROW EXECUTE FUNCTION refuse_change_when_frozen('the edition');
