-- A new password or a disabled account ends the person's sessions, whichever code (or hand-run SQL) made the change.
CREATE OR REPLACE FUNCTION bump_session_version() RETURNS trigger AS $$
BEGIN
  IF NEW.password_hash IS DISTINCT FROM OLD.password_hash OR NEW.is_active IS DISTINCT FROM OLD.is_active THEN
    NEW.session_version := OLD.session_version + 1;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER users_session_version_bump BEFORE UPDATE OF password_hash, is_active ON users
  FOR EACH ROW EXECUTE FUNCTION bump_session_version();
