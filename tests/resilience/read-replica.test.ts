import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { db, replicaDb, replicaStatus } from "@/lib/platform/db";
import { setReadYourWritesCheck } from "@/lib/platform/replicas";
import { sql, startStandby, type PrivateCluster } from "./support/postgres";
import { waitFor } from "./support/wait";

/**
 * Issue 23, item 3: reads that tolerate lag go to a real streaming replica
 * (pg_basebackup of the suite's private cluster), and nothing breaks when the
 * replica falls behind or dies: those reads go to the primary instead.
 */
const { port } = inject("cluster");
const database = new URL(process.env.DATABASE_URL!).pathname.slice(1);
let standby: PrivateCluster;
let standbyUrl: string;

/** Which server answered: a standby is in recovery, the primary is not. */
async function answeredByReplica(): Promise<boolean> {
  const [row] = await replicaDb.$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS "standby"`;
  return row!.standby;
}

/** A committed transaction on the primary, so the standby has WAL to receive (and, paused, not replay). */
async function writeOnPrimary(): Promise<void> {
  await db.$executeRaw`SELECT pg_notify('replica_test', 'write')`;
  await db.$executeRaw`CREATE TEMP TABLE IF NOT EXISTS replica_probe (n int)`;
  await sql(`postgresql://postgres@127.0.0.1:${port}/${database}`, `CREATE TABLE IF NOT EXISTS replica_probe_${Date.now()} (n int)`);
}

beforeAll(async () => {
  standby = await startStandby({ port });
  standbyUrl = standby.url(database);
  // Read lazily by lib/platform/env.ts: set before the first query of this file.
  process.env.DATABASE_REPLICA_URLS = standbyUrl;
  process.env.DATABASE_REPLICA_MAX_LAG_SECONDS = "1";
  process.env.DATABASE_REPLICA_CHECK_MS = "200";
}, 120_000);

afterAll(async () => {
  await standby?.destroy();
});

describe("read replicas (issue 23)", () => {
  it("sends lag-tolerant reads to a replica that keeps up, and model reads see the replicated rows", async () => {
    await waitFor(answeredByReplica, { what: "a read answered by the streaming replica" });
    expect(await replicaDb.service.count()).toBe(await db.service.count());
    expect(replicaStatus()).toEqual([expect.objectContaining({ usable: true })]);
  }, 60_000);

  it("reads the primary while the request must see its own write, even with a fit replica", async () => {
    await waitFor(answeredByReplica, { what: "the replica back in use" });
    setReadYourWritesCheck(async () => true);
    try {
      expect(await answeredByReplica()).toBe(false);
    } finally {
      setReadYourWritesCheck(async () => false);
    }
    expect(await answeredByReplica()).toBe(true);
  }, 60_000);

  it("skips a replica that lags past the bound, and uses it again once it catches up", async () => {
    await waitFor(answeredByReplica, { what: "the replica in use before the lag" });
    await sql(standbyUrl, "SELECT pg_wal_replay_pause()");
    try {
      await writeOnPrimary();
      await waitFor(async () => !(await answeredByReplica()), { what: "reads moved to the primary while the replica lags" });
      expect(replicaStatus()).toEqual([expect.objectContaining({ usable: false })]);
    } finally {
      await sql(standbyUrl, "SELECT pg_wal_replay_resume()");
    }
    await waitFor(answeredByReplica, { what: "reads back on the replica after it caught up" });
  }, 60_000);

  it("answers every read from the primary when the replica dies, without one failing", async () => {
    await waitFor(answeredByReplica, { what: "the replica in use before it dies" });
    await standby.stop("immediate");
    // The first read after the crash may still pick the replica: it must fall back, not fail.
    for (let i = 0; i < 5; i++) {
      expect(await answeredByReplica()).toBe(false);
      expect(await replicaDb.service.count()).toBeGreaterThan(0);
    }
    await waitFor(() => replicaStatus()?.[0]?.usable === false, { what: "the dead replica marked unusable" });
  }, 60_000);
});
