-- The per-request event trail is append-only, like the audit log.
CREATE TRIGGER approval_events_append_only BEFORE UPDATE OR DELETE ON approval_events
  FOR EACH ROW EXECUTE FUNCTION skillforge_append_only();
--> statement-breakpoint
-- An approval's binding never changes after creation, and a decided request stays decided:
-- a stray UPDATE cannot re-point a request at another version or revive it.
CREATE OR REPLACE FUNCTION skillforge_approval_binding() RETURNS trigger AS $$
BEGIN
  IF NEW.tenant_id IS DISTINCT FROM OLD.tenant_id OR NEW.version_id IS DISTINCT FROM OLD.version_id
     OR NEW.skill_id IS DISTINCT FROM OLD.skill_id OR NEW.source_sha256 IS DISTINCT FROM OLD.source_sha256
     OR NEW.capabilities IS DISTINCT FROM OLD.capabilities OR NEW.capabilities_sha256 IS DISTINCT FROM OLD.capabilities_sha256
     OR NEW.disclosure_sha256 IS DISTINCT FROM OLD.disclosure_sha256 OR NEW.binding_sha256 IS DISTINCT FROM OLD.binding_sha256
     OR NEW.channels IS DISTINCT FROM OLD.channels OR NEW.contact_ids IS DISTINCT FROM OLD.contact_ids
     OR NEW.expires_at IS DISTINCT FROM OLD.expires_at THEN
    RAISE EXCEPTION 'an approval''s binding is immutable' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF OLD.status <> 'pending' AND NEW.status IS DISTINCT FROM OLD.status THEN
    RAISE EXCEPTION 'a decided approval cannot change state' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW.failed_attempts < OLD.failed_attempts THEN
    RAISE EXCEPTION 'failed attempts never go down' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER approvals_binding BEFORE UPDATE ON approvals
  FOR EACH ROW EXECUTE FUNCTION skillforge_approval_binding();
--> statement-breakpoint
-- Final code states are final; counters only grow.
CREATE OR REPLACE FUNCTION skillforge_code_final() RETURNS trigger AS $$
BEGIN
  IF OLD.status <> 'active' AND NEW.status IS DISTINCT FROM OLD.status THEN
    RAISE EXCEPTION 'a used, locked or revoked code stays so' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW.attempts < OLD.attempts OR NEW.code_hmac IS DISTINCT FROM OLD.code_hmac OR NEW.expires_at IS DISTINCT FROM OLD.expires_at THEN
    RAISE EXCEPTION 'a code''s hash, expiry and attempts cannot be rewritten' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER approval_codes_final BEFORE UPDATE ON approval_codes
  FOR EACH ROW EXECUTE FUNCTION skillforge_code_final();
