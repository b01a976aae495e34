-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "hashVersion" SMALLINT NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "AuditOverride" (
    "id" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dbUser" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "eventId" BIGINT,
    "oldRow" JSONB,

    CONSTRAINT "AuditOverride_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditOverride_eventId_idx" ON "AuditOverride"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_prevHash_key" ON "AuditEvent"("prevHash");

-- The audit log is append-only (DESIGN.md §9). Application code only ever
-- INSERTs (lib/platform/audit.ts). UPDATE, DELETE and TRUNCATE are refused
-- unless the transaction sets `satupintu.audit_override` to a reason, e.g.
--   BEGIN; SET LOCAL satupintu.audit_override = 'court order 12/2026: redact row 42'; UPDATE ...; COMMIT;
-- and every row let through that way is copied, with the reason and the
-- database user, into "AuditOverride". An override still breaks the hash
-- chain from that row on, so `npm run audit:verify` reports it (and names the
-- recorded override): the escape hatch is visible, never silent.
CREATE FUNCTION audit_event_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  override_reason text := nullif(current_setting('satupintu.audit_override', true), '');
BEGIN
  IF override_reason IS NULL THEN
    RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP
      USING ERRCODE = 'insufficient_privilege',
            HINT = 'SET LOCAL satupintu.audit_override = ''<reason>'' to override; the override is recorded in "AuditOverride".';
  END IF;
  IF TG_LEVEL = 'STATEMENT' THEN
    INSERT INTO "AuditOverride" ("dbUser", "reason", "operation") VALUES (current_user, override_reason, TG_OP);
    RETURN NULL;
  END IF;
  INSERT INTO "AuditOverride" ("dbUser", "reason", "operation", "eventId", "oldRow")
    VALUES (current_user, override_reason, TG_OP, OLD."id", to_jsonb(OLD));
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_guard();

CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_guard();

-- The record of overrides has no override of its own.
CREATE FUNCTION audit_override_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditOverride is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_override_append_only
  BEFORE UPDATE OR DELETE ON "AuditOverride"
  FOR EACH ROW EXECUTE FUNCTION audit_override_guard();

CREATE TRIGGER audit_override_no_truncate
  BEFORE TRUNCATE ON "AuditOverride"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_override_guard();
