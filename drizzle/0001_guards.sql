-- A skill version is immutable once created: only its status may move (awaiting_approval → approved …).
CREATE OR REPLACE FUNCTION skillforge_version_immutable() RETURNS trigger AS $$
BEGIN
  IF NEW.source IS DISTINCT FROM OLD.source OR NEW.sha256 IS DISTINCT FROM OLD.sha256
     OR NEW.capabilities IS DISTINCT FROM OLD.capabilities OR NEW.version IS DISTINCT FROM OLD.version
     OR NEW.skill_id IS DISTINCT FROM OLD.skill_id OR NEW.tenant_id IS DISTINCT FROM OLD.tenant_id
     OR NEW.manifest IS DISTINCT FROM OLD.manifest OR NEW.config_schema IS DISTINCT FROM OLD.config_schema
     OR NEW.collections IS DISTINCT FROM OLD.collections OR NEW.skill_md IS DISTINCT FROM OLD.skill_md THEN
    RAISE EXCEPTION 'skill_versions rows are immutable (only status may change)' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER skill_versions_immutable BEFORE UPDATE ON skill_versions
  FOR EACH ROW EXECUTE FUNCTION skillforge_version_immutable();
--> statement-breakpoint
-- The audit log is append-only.
CREATE OR REPLACE FUNCTION skillforge_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION skillforge_append_only();
