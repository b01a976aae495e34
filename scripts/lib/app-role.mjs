// The role the portal connects as at runtime (issue 16, finding 7).
//
// A superuser, or the owner of the tables, can switch the audit log's
// append-only trigger off (`SET session_replication_role = replica`, `ALTER
// TABLE … DISABLE TRIGGER`), edit rows and re-hash the chain. The web
// instances therefore connect as a plain LOGIN role that owns nothing and may
// only read and write rows: no UPDATE, DELETE or TRUNCATE on the audit tables,
// no writes to the migration history, not a superuser, and unable to create
// roles or databases. Migrations (and this script) run as the owner.
//
// Roles belong to the server, grants to one database: grantAppRole creates the
// role when missing and (re)grants it on the database `ownerUrl` names, so it
// is safe to run after every migration, and by parallel test suites.
import pg from "pg";

export const DEFAULT_APP_ROLE = "satupintu_app";
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** Append-only: inserted, never changed (migration audit_append_only). */
const APPEND_ONLY_TABLES = ['"AuditEvent"', '"AuditOverride"', '"AuditAnchor"'];
/** Written only by AuditEvent's insert trigger (migration audit_partitioned_by_month): the portal reads them. */
const TRIGGER_WRITTEN_TABLES = ['"AuditChainHead"'];
/** The audit log's monthly partitions: reachable by name, so each is append-only like the log. */
const AUDIT_PARTITIONS = `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = to_regclass('"AuditEvent"')`;

/** The same server and database as `url`, signed in as `role` (with `password` when given). */
export function urlAsRole(url, role, password) {
  const next = new URL(url);
  next.username = encodeURIComponent(role);
  next.password = password ? encodeURIComponent(password) : "";
  return next.toString();
}

/**
 * Creates `role` if missing (LOGIN, nothing else) and grants it what the portal
 * needs on the database `ownerUrl` connects to. Refuses a role that is a
 * superuser or bypasses row security. Returns the URL to run the portal with.
 */
export async function grantAppRole(ownerUrl, role = DEFAULT_APP_ROLE, { password } = {}) {
  if (!ROLE_NAME.test(role)) throw new Error(`invalid application role name: ${role}`);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const [{ owner }] = (await client.query("SELECT current_user AS owner")).rows;
    if (owner === role) throw new Error(`the application role ${role} must not be the role that owns the tables`);
    try {
      await client.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`);
    } catch (error) {
      // 42710 duplicate_object; 23505 when a parallel suite created it in the same instant.
      if (error.code !== "42710" && error.code !== "23505") throw error;
    }
    const [existing] = (await client.query("SELECT rolsuper, rolbypassrls, rolcreaterole FROM pg_roles WHERE rolname = $1", [role])).rows;
    if (existing.rolsuper || existing.rolbypassrls || existing.rolcreaterole) {
      throw new Error(`the application role ${role} is a superuser or may bypass row security or create roles: use a plain role`);
    }
    if (password) await client.query(`ALTER ROLE ${role} PASSWORD ${client.escapeLiteral(password)}`);
    const database = (await client.query("SELECT current_database() AS name")).rows[0].name;
    await client.query("BEGIN");
    await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${client.escapeIdentifier(database)} TO ${role}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
    await client.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
    // Tracking series move only through their owner's functions (migration tracking_serials_owner_only).
    await client.query("SELECT tracking_serial_revoke_all_grants()");
    const partitions = (await client.query(AUDIT_PARTITIONS)).rows.map((row) => client.escapeIdentifier(row.name));
    await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${[...APPEND_ONLY_TABLES, ...partitions].join(", ")} FROM ${role}`);
    await client.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${TRIGGER_WRITTEN_TABLES.join(", ")} FROM ${role}`);
    await client.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "_prisma_migrations" FROM ${role}`);
    // Tables a later migration creates (as this owner) are granted without running this again.
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`);
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${role}`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return urlAsRole(ownerUrl, role, password);
}
