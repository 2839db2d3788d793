-- Once an edition's result is frozen, the database itself refuses any change to what the result was built from.
CREATE OR REPLACE FUNCTION refuse_change_when_frozen() RETURNS trigger AS $$
DECLARE
  target_edition integer;
BEGIN
  IF TG_TABLE_NAME = 'scores' THEN
    SELECT s.edition_id INTO target_edition FROM score_sheets s
      WHERE s.id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.sheet_id ELSE NEW.sheet_id END);
  ELSIF TG_OP = 'DELETE' THEN
    target_edition := OLD.edition_id;
  ELSE
    target_edition := NEW.edition_id;
  END IF;
  IF EXISTS (SELECT 1 FROM frozen_results f WHERE f.edition_id = target_edition) THEN
    RAISE EXCEPTION 'The result of this edition is frozen: % cannot change', TG_TABLE_NAME
      USING ERRCODE = 'P0001', HINT = 'result_frozen';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER score_sheets_frozen_guard BEFORE INSERT OR UPDATE OR DELETE ON score_sheets
  FOR EACH ROW EXECUTE FUNCTION refuse_change_when_frozen();
--> statement-breakpoint
CREATE TRIGGER scores_frozen_guard BEFORE INSERT OR UPDATE OR DELETE ON scores
  FOR EACH ROW EXECUTE FUNCTION refuse_change_when_frozen();
--> statement-breakpoint
CREATE TRIGGER assignments_frozen_guard BEFORE INSERT OR UPDATE OR DELETE ON assignments
  FOR EACH ROW EXECUTE FUNCTION refuse_change_when_frozen();
--> statement-breakpoint
CREATE TRIGGER conflicts_frozen_guard BEFORE INSERT OR UPDATE OR DELETE ON conflicts
  FOR EACH ROW EXECUTE FUNCTION refuse_change_when_frozen();
--> statement-breakpoint
CREATE TRIGGER awards_frozen_guard BEFORE INSERT OR UPDATE OR DELETE ON awards
  FOR EACH ROW EXECUTE FUNCTION refuse_change_when_frozen();
--> statement-breakpoint
CREATE TRIGGER tie_decisions_frozen_guard BEFORE INSERT OR UPDATE OR DELETE ON tie_decisions
  FOR EACH ROW EXECUTE FUNCTION refuse_change_when_frozen();
