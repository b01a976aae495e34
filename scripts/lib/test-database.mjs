// Databases for the test suites: a fresh one per suite on the server named by
// TEST_DATABASE_URL (each suite gets its own, so their data never mix), or an
// in-memory embedded PostgreSQL when no server is given.
import { startEmbeddedPostgres } from "./embedded-postgres.mjs";
import { applyMigrations, createDatabase, databaseUrl, dropDatabase } from "./migrations.mjs";

/**
 * Returns { url, stop, embedded } for a migrated, empty database.
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
    return { url, embedded: false, stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({});
  await applyMigrations(embedded.url);
  return { url: embedded.url, embedded: true, stop: embedded.stop };
}
