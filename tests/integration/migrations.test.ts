// The migration runner against a fresh database: on the real server named by
// TEST_SERVER_URL (or TEST_DATABASE_URL, which the other integration suites
// use) when set, otherwise on an in-memory embedded PGlite. It creates and
// removes its own database, so it does not depend on the suite's global setup.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres.mjs";
import { applyMigrations, createDatabase, dropDatabase, readMigrations } from "../../scripts/lib/migrations.mjs";

const serverUrl = process.env.TEST_SERVER_URL ?? process.env.TEST_DATABASE_URL;
const migrations = readMigrations();
// Starting PGlite and replaying the schema takes a few seconds on slow machines.
const SLOW = 120_000;

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe(`migrations on ${serverUrl ? "a real PostgreSQL server" : "embedded PGlite"}`, () => {
  let url = "";
  let databaseName: string | undefined;
  let stopEmbedded: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    if (serverUrl) {
      databaseName = `satupintu_migrations_${process.pid}_${randomBytes(4).toString("hex")}`;
      url = await createDatabase(serverUrl, databaseName);
    } else {
      const embedded = await startEmbeddedPostgres({});
      url = embedded.url;
      stopEmbedded = embedded.stop;
    }
  }, SLOW);

  // Safety net when a test failed before the clean-up test ran.
  afterAll(async () => {
    if (serverUrl && databaseName) await dropDatabase(serverUrl, databaseName);
    await stopEmbedded?.();
  }, SLOW);

  it("has migration folders to apply", () => {
    expect(migrations.length).toBeGreaterThan(0);
  });

  it(
    "applies every migration and records each like Prisma does",
    async () => {
      const result = await applyMigrations(url);
      expect(result.applied).toEqual(migrations.map((m) => m.name));
      expect(result.alreadyApplied).toEqual([]);

      const tables = await query<{ table_name: string }>(
        url,
        `SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_name = ANY($1)`,
        [["Service", "Application", "AuditEvent", "_prisma_migrations"]],
      );
      expect(tables.map((t) => t.table_name).sort()).toEqual(["Application", "AuditEvent", "Service", "_prisma_migrations"]);

      const rows = await query<{
        migration_name: string;
        checksum: string;
        finished: boolean;
        rolled_back: boolean;
        applied_steps_count: number;
      }>(
        url,
        `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished,
              rolled_back_at IS NOT NULL AS rolled_back, applied_steps_count
         FROM _prisma_migrations ORDER BY migration_name`,
      );
      expect(rows).toEqual(
        migrations.map((m) => ({
          migration_name: m.name,
          checksum: m.checksum,
          finished: true,
          rolled_back: false,
          applied_steps_count: 1,
        })),
      );
    },
    SLOW,
  );

  it(
    "applies nothing the second time",
    async () => {
      const result = await applyMigrations(url);
      expect(result.applied).toEqual([]);
      expect(result.alreadyApplied).toEqual(migrations.map((m) => m.name));
      const [row] = await query<{ count: number }>(url, "SELECT count(*)::int AS count FROM _prisma_migrations");
      expect(row?.count).toBe(migrations.length);
    },
    SLOW,
  );

  it(
    "gives Service a GIN-indexed search vector that understands Indonesian",
    async () => {
      const indexes = await query<{ indexdef: string }>(url, `SELECT indexdef FROM pg_indexes WHERE tablename = 'Service' AND indexdef LIKE '%USING gin%'`);
      expect(indexes.map((i) => i.indexdef).join("\n")).toContain('"searchVector"');
      const [row] = await query<{ v: string }>(url, "SELECT to_tsvector('indonesian', 'kartu tanda penduduk kelahiran')::text AS v");
      expect(row?.v).toContain("'lahir'");
    },
    SLOW,
  );

  it(
    "cleans up after itself",
    async () => {
      if (serverUrl && databaseName) {
        await dropDatabase(serverUrl, databaseName);
        const left = await query(serverUrl, "SELECT 1 FROM pg_database WHERE datname = $1", [databaseName]);
        expect(left).toEqual([]);
        databaseName = undefined;
      } else {
        await stopEmbedded?.();
        stopEmbedded = undefined;
        await expect(query(url, "SELECT 1")).rejects.toThrow();
      }
    },
    SLOW,
  );
});
