-- The audit log, partitioned by month (issue 23, item 5). It is kept for at
-- least ten years (docs/retention.md); by month, a query over recent entries
-- reads recent partitions only, and an archived year can be detached and
-- handed to the records office without touching the live table.
--
-- PostgreSQL requires every unique index of a partitioned table to include
-- the partition key, so the fork guard can no longer be the unique index on
-- (chain, prevHash). It becomes "AuditChainHead": one row per chain holding
-- its newest entry, advanced by an insert trigger that refuses any entry not
-- extending it. That guard is stronger (an entry can only extend the head,
-- not branch off an older entry) and makes the head lookup one primary-key
-- read instead of a scan across partitions.

-- 1. The new table, under a temporary name, with the same columns.
CREATE TABLE "AuditEvent_partitioned" (
    "id" BIGINT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,
    "data" JSONB,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "hashVersion" SMALLINT NOT NULL DEFAULT 1,
    "chain" TEXT NOT NULL DEFAULT 'platform'
) PARTITION BY RANGE ("occurredAt");

CREATE TABLE "AuditEvent_default" PARTITION OF "AuditEvent_partitioned" DEFAULT;

-- 2. Months from the oldest entry to three months ahead.
DO $$
DECLARE
  month timestamp := date_trunc('month', coalesce((SELECT min("occurredAt") FROM "AuditEvent"), (now() AT TIME ZONE 'UTC')));
BEGIN
  WHILE month <= date_trunc('month', (now() AT TIME ZONE 'UTC')) + interval '3 months' LOOP
    EXECUTE format('CREATE TABLE %I PARTITION OF "AuditEvent_partitioned" FOR VALUES FROM (%L) TO (%L)',
      'AuditEvent_y' || to_char(month, 'YYYY') || 'm' || to_char(month, 'MM'), month, month + interval '1 month');
    month := month + interval '1 month';
  END LOOP;
END
$$;

-- 3. Move the entries (the guard refuses DELETE, not DROP), keeping the id sequence.
INSERT INTO "AuditEvent_partitioned" ("id", "occurredAt", "actorId", "actorRole", "action", "entityType", "entityId", "ip", "userAgent", "data", "prevHash", "hash", "hashVersion", "chain")
  SELECT "id", "occurredAt", "actorId", "actorRole", "action", "entityType", "entityId", "ip", "userAgent", "data", "prevHash", "hash", "hashVersion", "chain" FROM "AuditEvent";
ALTER SEQUENCE "AuditEvent_id_seq" OWNED BY NONE;
DROP TABLE "AuditEvent";
ALTER TABLE "AuditEvent_partitioned" RENAME TO "AuditEvent";
ALTER TABLE "AuditEvent" ALTER COLUMN "id" SET DEFAULT nextval('"AuditEvent_id_seq"');
ALTER SEQUENCE "AuditEvent_id_seq" OWNED BY "AuditEvent"."id";

ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id", "occurredAt");
CREATE INDEX "AuditEvent_chain_id_idx" ON "AuditEvent"("chain", "id");
CREATE INDEX "AuditEvent_hash_idx" ON "AuditEvent"("hash");
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");
CREATE INDEX "AuditEvent_actorId_occurredAt_idx" ON "AuditEvent"("actorId", "occurredAt");
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- 4. Each chain's head, taken from the moved entries.
CREATE TABLE "AuditChainHead" (
    "chain" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "eventId" BIGINT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuditChainHead_pkey" PRIMARY KEY ("chain")
);
INSERT INTO "AuditChainHead" ("chain", "hash", "eventId", "occurredAt")
  SELECT DISTINCT ON ("chain") "chain", "hash", "id", "occurredAt" FROM "AuditEvent" ORDER BY "chain", "id" DESC;

-- 5. The guards. Row triggers on a partitioned table are cloned onto every
-- partition, present and future; the TRUNCATE guard is per table, so
-- audit_event_ensure_partitions() adds it to each partition it creates.
CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_guard();
CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_guard();

-- An entry must extend its chain's head; the head then moves to it. SECURITY
-- DEFINER: the portal's role may read the heads but never write them, so
-- only an insert that extends a chain can move one. Under a declared override
-- (migration audit_append_only) the check is skipped and the insert recorded,
-- like every other overridden write.
CREATE FUNCTION audit_event_extend_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  override_reason text := nullif(current_setting('satupintu.audit_override', true), '');
  current_head text;
BEGIN
  IF override_reason IS NOT NULL AND has_table_privilege(session_user, '"AuditEvent"', 'UPDATE') THEN
    INSERT INTO "AuditOverride" ("dbUser", "reason", "operation", "eventId") VALUES (session_user, override_reason, TG_OP, NEW."id");
    RETURN NEW;
  END IF;
  SELECT "hash" INTO current_head FROM "AuditChainHead" WHERE "chain" = NEW."chain" FOR UPDATE;
  IF NOT FOUND THEN
    IF NEW."prevHash" <> repeat('0', 64) THEN
      RAISE EXCEPTION 'audit chain % has no entries: its first must link to the genesis hash', NEW."chain" USING ERRCODE = 'unique_violation';
    END IF;
    -- Two first entries racing: the second fails on the primary key.
    INSERT INTO "AuditChainHead" ("chain", "hash", "eventId", "occurredAt") VALUES (NEW."chain", NEW."hash", NEW."id", NEW."occurredAt");
  ELSIF current_head <> NEW."prevHash" THEN
    RAISE EXCEPTION 'audit entry would fork chain %: it does not extend the chain''s head', NEW."chain" USING ERRCODE = 'unique_violation';
  ELSE
    UPDATE "AuditChainHead" SET "hash" = NEW."hash", "eventId" = NEW."id", "occurredAt" = NEW."occurredAt" WHERE "chain" = NEW."chain";
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER audit_event_extends_chain
  BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_extend_chain();

-- The head is one primary-key read now, after the chain's advisory lock.
CREATE OR REPLACE FUNCTION audit_chain_head(chain_key text) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7226001, hashtext(chain_key));
  RETURN (SELECT "hash" FROM "AuditChainHead" WHERE "chain" = chain_key);
END
$$;

-- 6. Months ahead, created by the owner whoever calls (the daily history job,
-- the seed): a new partition gets the TRUNCATE guard, and no role but the
-- owner keeps UPDATE, DELETE or TRUNCATE on it (the default privileges grant
-- the portal's role every new table). A month whose entries already sit in
-- the default partition is left there and reported: moving them would need
-- the override, which is the operator's decision (docs/retention.md).
CREATE FUNCTION audit_event_ensure_partitions(from_time timestamp, months_ahead integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  month timestamp := date_trunc('month', from_time);
  partition_name text;
  grantee_name text;
  created integer := 0;
BEGIN
  IF months_ahead < 0 OR months_ahead > 24 THEN
    RAISE EXCEPTION 'months_ahead must be between 0 and 24';
  END IF;
  WHILE month <= date_trunc('month', (now() AT TIME ZONE 'UTC')) + make_interval(months => months_ahead) LOOP
    partition_name := 'AuditEvent_y' || to_char(month, 'YYYY') || 'm' || to_char(month, 'MM');
    IF to_regclass(format('%I', partition_name)) IS NULL THEN
      IF EXISTS (SELECT 1 FROM "AuditEvent_default" WHERE "occurredAt" >= month AND "occurredAt" < month + interval '1 month') THEN
        RAISE WARNING 'audit entries of % are in "AuditEvent_default"; its partition was not created', to_char(month, 'YYYY-MM');
      ELSE
        EXECUTE format('CREATE TABLE %I PARTITION OF "AuditEvent" FOR VALUES FROM (%L) TO (%L)', partition_name, month, month + interval '1 month');
        EXECUTE format('CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION audit_event_guard()', partition_name);
        FOR grantee_name IN
          SELECT DISTINCT grantee FROM information_schema.role_table_grants
           WHERE table_schema = 'public' AND table_name = partition_name AND grantee <> current_user
        LOOP
          EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM %I', partition_name, grantee_name);
        END LOOP;
        created := created + 1;
      END IF;
    END IF;
    month := month + interval '1 month';
  END LOOP;
  RETURN created;
END
$$;

-- The partitions made above, before the function existed.
DO $$
DECLARE
  partition_name text;
BEGIN
  FOR partition_name IN SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"AuditEvent"'::regclass LOOP
    EXECUTE format('CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION audit_event_guard()', partition_name);
  END LOOP;
END
$$;
