-- What every audit entry starts with, in one round trip instead of two: take
-- the chain's transaction-scoped lock (lib/platform/audit.ts), then read the
-- newest entry's hash. Every audited write in the portal queues on that lock
-- until its transaction commits, so each statement spent holding it counts.
-- A VOLATILE function takes a fresh snapshot for each statement it runs, so
-- the read sees every entry committed while this one waited for the lock; a
-- single statement could not (its snapshot would predate the wait).
CREATE FUNCTION audit_chain_head() RETURNS text LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7226001);
  RETURN (SELECT "hash" FROM "AuditEvent" ORDER BY "id" DESC LIMIT 1);
END
$$;
