// Databases for the test suites: a fresh one per suite on the server named by
// TEST_DATABASE_URL (each suite gets its own, so their data never mix), or an
// in-memory embedded PostgreSQL when no server is given.
//
// On a server, the suites run the portal as production does: migrations and
// the seed as the owner (`url`, TEST_DATABASE_URL's user), the portal itself
// as the plain application role (`appUrl`, TEST_DATABASE_APP_ROLE, default
// satupintu_app; scripts/lib/app-role.mjs). The embedded database has one
// user, so there both are the same.
import { DEFAULT_APP_ROLE, grantAppRole } from "./app-role.mjs";
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";
import { applyMigrations, createDatabase, databaseUrl, dropDatabase } from "./migrations.mjs";

/**
 * Returns { url (owner), appUrl (application role), stop, embedded } for a migrated, empty database.
 * suffix: what distinguishes this suite's database, e.g. "integration".
 */
export async function provisionTestDatabase(suffix) {
  const testUrl = process.env.TEST_DATABASE_URL;
  if (testUrl) {
    const base = decodeURIComponent(new URL(testUrl).pathname.slice(1)) || "satupintu_test";
    // The maintenance connection goes to "postgres", which every server has.
    const serverUrl = databaseUrl(testUrl, "postgres");
    const name = `${base}_${suffix}`.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 63);
    await dropDatabase(serverUrl, name);
    const url = await createDatabase(serverUrl, name);
    await applyMigrations(url);
    const appUrl = await grantAppRole(url, process.env.TEST_DATABASE_APP_ROLE || DEFAULT_APP_ROLE);
    return { url, appUrl, embedded: false, stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({});
  await applyMigrations(embedded.url);
  return { url: embedded.url, appUrl: embedded.url, embedded: true, stop: embedded.stop };
}
