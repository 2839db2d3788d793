-- A change must not move a row out of a frozen edition either, and whether a juror of a frozen edition votes
-- (or their country, which decides the own-country rule) decides which sheets count.
CREATE OR REPLACE FUNCTION refuse_change_when_frozen() RETURNS trigger AS $$
DECLARE
  touched integer[];
BEGIN
  -- OLD is null on INSERT and NEW on DELETE, so an UPDATE checks the edition the row leaves and the one it joins.
  IF TG_TABLE_NAME = 'scores' THEN
    SELECT array_agg(s.edition_id) INTO touched FROM score_sheets s WHERE s.id = OLD.sheet_id OR s.id = NEW.sheet_id;
  ELSIF TG_TABLE_NAME = 'editions' THEN
    touched := ARRAY[OLD.id];
  ELSE
    touched := ARRAY[OLD.edition_id, NEW.edition_id];
  END IF;
  IF EXISTS (SELECT 1 FROM frozen_results f WHERE f.edition_id = ANY (touched)) THEN
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
-- Only a juror's vote-deciding columns: the chair may still change, and people may still join or leave.
CREATE TRIGGER memberships_frozen_guard
  BEFORE UPDATE OF is_voting, country_code, role, edition_id, user_id ON memberships
  FOR EACH ROW
  WHEN (OLD.role = 'juror' AND (OLD.is_voting, OLD.country_code, OLD.role, OLD.edition_id, OLD.user_id)
    IS DISTINCT FROM (NEW.is_voting, NEW.country_code, NEW.role, NEW.edition_id, NEW.user_id))
  EXECUTE FUNCTION refuse_change_when_frozen('its jurors'' votes');
