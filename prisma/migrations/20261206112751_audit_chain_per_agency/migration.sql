-- DropIndex
DROP INDEX "AuditEvent_prevHash_key";

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "chain" TEXT NOT NULL DEFAULT 'platform';

-- CreateTable
CREATE TABLE "AuditAnchor" (
    "id" BIGSERIAL NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heads" JSONB NOT NULL,
    "digest" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,

    CONSTRAINT "AuditAnchor_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditAnchor_publishedAt_idx" ON "AuditAnchor"("publishedAt");

-- CreateIndex
CREATE INDEX "AuditEvent_chain_id_idx" ON "AuditEvent"("chain", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_chain_prevHash_key" ON "AuditEvent"("chain", "prevHash");

-- One hash chain per agency plus "platform" (issue 23): audited writes of
-- different agencies no longer queue on one lock. The lock is per chain
-- (two-key advisory lock: the audit lock's class, the chain's hash; a hash
-- collision between two chains only makes them share a lock, never a chain),
-- and the head is the newest entry of that chain. VOLATILE for the same reason
-- as before: the read must see entries committed while this one waited.
DROP FUNCTION audit_chain_head();
CREATE FUNCTION audit_chain_head(chain_key text) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7226001, hashtext(chain_key));
  RETURN (SELECT "hash" FROM "AuditEvent" WHERE "chain" = chain_key ORDER BY "id" DESC LIMIT 1);
END
$$;

-- Published anchors are append-only like the log they anchor, with no override.
CREATE FUNCTION audit_anchor_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditAnchor is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_anchor_append_only
  BEFORE UPDATE OR DELETE ON "AuditAnchor"
  FOR EACH ROW EXECUTE FUNCTION audit_anchor_guard();

CREATE TRIGGER audit_anchor_no_truncate
  BEFORE TRUNCATE ON "AuditAnchor"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_anchor_guard();
