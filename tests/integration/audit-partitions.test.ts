import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { itOnRealServer } from "@/tests/fixtures/real-server";
import {
  AUDIT_GENESIS_HASH,
  AUDIT_HASH_VERSION,
  AUDIT_PARTITIONS_AHEAD_MONTHS,
  auditContentDigest,
  auditHash,
  ensureAuditPartitions,
  recordAudit,
} from "@/lib/platform/audit";
import { verifyAuditChain } from "@/lib/platform/audit-verify";
import { db } from "@/lib/platform/db";
import { ownerDb } from "@/tests/fixtures/owner-db";

/** "AuditEvent_y2026m12" for the UTC month `offset` months from now. */
function partitionName(offset: number): string {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  return `AuditEvent_y${month.getUTCFullYear()}m${String(month.getUTCMonth() + 1).padStart(2, "0")}`;
}

async function partitions(): Promise<string[]> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT c.relname AS "name" FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '"AuditEvent"'::regclass`;
  return rows.map((row) => row.name);
}

describe("the audit log is partitioned by month (issue 23, item 5)", () => {
  it("keeps this month and the next months partitioned, idempotently, and files each entry in its month", async () => {
    await ensureAuditPartitions(db);
    expect(await ensureAuditPartitions(db)).toBe(0);
    const present = await partitions();
    for (let offset = 0; offset <= AUDIT_PARTITIONS_AHEAD_MONTHS; offset++) expect(present).toContain(partitionName(offset));
    expect(present).toContain("AuditEvent_default");

    const chain = `test-${randomUUID()}`;
    await db.$transaction((tx) => recordAudit(tx, { agencyId: chain, action: "test.partition", entityType: "Test" }));
    const [row] = await db.$queryRaw<{ partition: string }[]>`SELECT tableoid::regclass::text AS "partition" FROM "AuditEvent" WHERE "chain" = ${chain}`;
    expect(row?.partition).toBe(`"${partitionName(0)}"`);
  });

  // The portal's own role exists on a real server only (on the embedded database every test connects as its owner).
  itOnRealServer(
    "creates past months on request (the demo history's year), as the tables' owner, with the partition append-only for the portal's role",
    async () => {
      const yearAgo = new Date(Date.now() - 400 * 86_400_000);
      await ensureAuditPartitions(db, yearAgo);
      const present = await partitions();
      for (let offset = -12; offset <= 0; offset++) expect(present).toContain(partitionName(offset));
      const [owned] = await db.$queryRaw<{ owner: string; mine: boolean }[]>`
      SELECT pg_get_userbyid(c.relowner) AS "owner", pg_get_userbyid(c.relowner) = current_user AS "mine" FROM pg_class c WHERE c.relname = ${partitionName(-12)}`;
      expect(owned?.mine).toBe(false);
      expect(await db.$queryRaw<{ ok: boolean }[]>`SELECT has_table_privilege(${`"${partitionName(-12)}"`}, 'DELETE') AS "ok"`).toEqual([{ ok: false }]);
    },
  );

  it("leaves a month whose entries already sit in the default partition where they are, and the chain still verifies", async () => {
    // An entry dated past the months kept ready lands in the default partition...
    const chain = `test-${randomUUID()}`;
    const now = new Date();
    const occurredAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + AUDIT_PARTITIONS_AHEAD_MONTHS + 2, 15));
    const entry = { agencyId: chain, action: "test.default-partition", entityType: "Test" };
    // Written as recordAudit writes (its content digest; the trigger links it to the chain), dated ahead.
    const digest = auditContentDigest(occurredAt, entry);
    await ownerDb().auditEvent.create({
      data: { chain, occurredAt, action: entry.action, entityType: entry.entityType, prevHash: "", hash: digest, hashVersion: AUDIT_HASH_VERSION },
    });
    const [row] = await db.$queryRaw<{ partition: string; prevHash: string; hash: string }[]>`
      SELECT tableoid::regclass::text AS "partition", "prevHash", "hash" FROM "AuditEvent" WHERE "chain" = ${chain}`;
    expect(row).toEqual({
      partition: `"AuditEvent_default"`,
      prevHash: AUDIT_GENESIS_HASH,
      hash: auditHash(AUDIT_GENESIS_HASH, occurredAt, entry, AUDIT_HASH_VERSION),
    });

    // ...and a later run that reaches that month creates the ones around it, not that one.
    const [created] = await ownerDb().$queryRaw<{ n: number }[]>`
      SELECT audit_event_ensure_partitions((now() AT TIME ZONE 'UTC'), ${AUDIT_PARTITIONS_AHEAD_MONTHS + 3}::integer) AS "n"`;
    expect(created?.n).toBe(2);
    const present = await partitions();
    expect(present).toContain(partitionName(AUDIT_PARTITIONS_AHEAD_MONTHS + 1));
    expect(present).not.toContain(partitionName(AUDIT_PARTITIONS_AHEAD_MONTHS + 2));
    expect(present).toContain(partitionName(AUDIT_PARTITIONS_AHEAD_MONTHS + 3));
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
  });
});
