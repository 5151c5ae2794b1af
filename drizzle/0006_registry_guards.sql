-- A skill version is immutable once created: only its status may move. The comparison is over the
-- whole row minus `status`, so a column added later (audit_report, trial_report, generator …) is
-- covered without touching this function again.
CREATE OR REPLACE FUNCTION skillforge_version_immutable() RETURNS trigger AS $$
BEGIN
  IF (to_jsonb(NEW) - 'status') IS DISTINCT FROM (to_jsonb(OLD) - 'status') THEN
    RAISE EXCEPTION 'skill_versions rows are immutable (only status may change)' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- A skill's active version is one of its own versions and an approved one: whatever code writes the
-- skills row, the database refuses to make a foreign or unapproved version callable.
CREATE OR REPLACE FUNCTION skillforge_active_version_guard() RETURNS trigger AS $$
BEGIN
  IF NEW.active_version_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM skill_versions v
    WHERE v.id = NEW.active_version_id AND v.skill_id = NEW.id AND v.tenant_id = NEW.tenant_id AND v.status = 'approved'
  ) THEN
    RAISE EXCEPTION 'skills.active_version_id must be an approved version of the same skill' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER skills_active_version_guard BEFORE INSERT OR UPDATE OF active_version_id ON skills
  FOR EACH ROW EXECUTE FUNCTION skillforge_active_version_guard();
