import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { PLATFORM_CHAIN, recordAudit } from "@/lib/platform/audit";
import { verifyAuditChain } from "@/lib/platform/audit-verify";
import { type Tx } from "@/lib/platform/db";
import { ownerDb } from "@/tests/fixtures/owner-db";

// Tampering needs what the portal's application role lacks (UPDATE and DELETE on
// the audit tables, database-role.test.ts): this file works as the database owner.
const db = ownerDb();

/** `npm run audit:verify` against the test database, as an operator runs it. */
function runAuditVerify(...args: string[]) {
  const run = spawnSync("npx", ["--no-install", "tsx", "--conditions=react-server", "scripts/audit-verify.ts", ...args], {
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    encoding: "utf8",
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

class Rollback extends Error {}

/** Tampers inside a transaction that is always rolled back, so the shared test database stays intact. */
async function whileTampered(tamper: (tx: Tx) => Promise<unknown>, check: (tx: Tx) => Promise<void>) {
  await db
    .$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL satupintu.audit_override = 'security test: tampering on purpose'`;
      await tamper(tx);
      await check(tx);
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
}

/** The newest entries of the platform chain, which this file writes to (other files write to agencies' chains meanwhile). */
async function middleEntries() {
  const events = await db.auditEvent.findMany({ where: { chain: PLATFORM_CHAIN }, orderBy: { id: "asc" }, select: { id: true } });
  expect(events.length).toBeGreaterThanOrEqual(5);
  return events.slice(-4).map((e) => e.id);
}

describe("audit log: append-only and tamper-evident (issue 9, item 3)", () => {
  beforeAll(async () => {
    for (let i = 0; i < 5; i++) {
      await db.$transaction((tx) =>
        recordAudit(tx, {
          action: "test.security",
          entityType: "Test",
          entityId: `s${i}`,
          userAgent: "vitest",
          data: { i, note: "untouched" },
        }),
      );
    }
  });

  it("passes on an untouched database, and the command exits 0 printing the head to anchor", async () => {
    const result = await verifyAuditChain(db);
    expect(result.firstBreak).toBeNull();
    expect(result.checked).toBeGreaterThanOrEqual(5);

    const run = runAuditVerify(`--anchor`, `${result.head!.id}:${result.head!.hash}`);
    expect(run.output).toContain(`head ${result.head!.id}:${result.head!.hash}`);
    expect(run.status).toBe(0);
  });

  it("refuses UPDATE, DELETE and TRUNCATE from anyone who does not declare an override", async () => {
    const [id] = await middleEntries();
    await expect(db.$executeRaw`UPDATE "AuditEvent" SET "action" = 'forged' WHERE "id" = ${id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`TRUNCATE "AuditEvent"`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`TRUNCATE "AuditOverride"`).rejects.toThrow(/append-only/);
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
  });

  it("cannot fork: a second entry claiming an already used predecessor is rejected by the database", async () => {
    const last = await db.auditEvent.findFirstOrThrow({ where: { chain: PLATFORM_CHAIN }, orderBy: { id: "desc" } });
    await expect(
      db.auditEvent.create({
        data: { action: "test.fork", entityType: "Test", prevHash: last.prevHash, hash: "f".repeat(64) },
      }),
    ).rejects.toThrow();
  });

  it("detects an entry edited directly in SQL, naming it", async () => {
    const [, id] = await middleEntries();
    await whileTampered(
      (tx) => tx.$executeRaw`UPDATE "AuditEvent" SET "data" = '{"i": 99, "note": "untouched"}' WHERE "id" = ${id}`,
      async (tx) => expect((await verifyAuditChain(tx)).firstBreak).toEqual({ kind: "edited", eventId: id }),
    );
    // A field version 1 hashes left out is covered now.
    await whileTampered(
      (tx) => tx.$executeRaw`UPDATE "AuditEvent" SET "userAgent" = 'someone else' WHERE "id" = ${id}`,
      async (tx) => expect((await verifyAuditChain(tx)).firstBreak).toEqual({ kind: "edited", eventId: id }),
    );
  });

  it("detects a deleted entry at the entry after it", async () => {
    const [before, deleted, after] = await middleEntries();
    await whileTampered(
      (tx) => tx.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${deleted}`,
      async (tx) => expect((await verifyAuditChain(tx)).firstBreak).toEqual({ kind: "deleted", eventId: after, previousId: before }),
    );
  });

  it("detects reordered entries", async () => {
    const [, a, b] = await middleEntries();
    await whileTampered(
      async (tx) => {
        await tx.$executeRaw`UPDATE "AuditEvent" SET "id" = -"id" WHERE "id" IN (${a}, ${b})`;
        await tx.$executeRaw`UPDATE "AuditEvent" SET "id" = CASE WHEN "id" = ${-a!} THEN ${b}::bigint ELSE ${a}::bigint END WHERE "id" IN (${-a!}, ${-b!})`;
      },
      async (tx) => expect((await verifyAuditChain(tx)).firstBreak).toMatchObject({ kind: "reordered", eventId: a }),
    );
  });

  it("detects deleted newest entries by the chain's recorded head, and against an anchor even when that record was rewound too", async () => {
    const head = (await verifyAuditChain(db)).heads.find((entry) => entry.chain === PLATFORM_CHAIN)!;
    await whileTampered(
      (tx) => tx.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${head.id}`,
      async (tx) => expect((await verifyAuditChain(tx)).firstBreak).toEqual({ kind: "head", chain: PLATFORM_CHAIN, expectedHash: head.hash }),
    );
    await whileTampered(
      async (tx) => {
        const previous = await tx.auditEvent.findFirstOrThrow({ where: { chain: PLATFORM_CHAIN, id: { lt: head.id } }, orderBy: { id: "desc" } });
        await tx.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${head.id}`;
        // What only the tables' owner can do: rewind the head record as well.
        await tx.$executeRaw`UPDATE "AuditChainHead" SET "hash" = ${previous.hash}, "eventId" = ${previous.id} WHERE "chain" = ${PLATFORM_CHAIN}`;
      },
      async (tx) => {
        expect((await verifyAuditChain(tx)).firstBreak).toBeNull(); // the chain alone cannot tell
        expect((await verifyAuditChain(tx, { anchor: head })).firstBreak).toMatchObject({ kind: "anchor", foundHash: null });
      },
    );
  });

  it("cannot fork by branching off an older entry either: an entry must extend the chain's recorded head", async () => {
    const [, older] = await middleEntries();
    const branchPoint = await db.auditEvent.findFirstOrThrow({ where: { id: older } });
    await expect(
      db.auditEvent.create({ data: { chain: branchPoint.chain, action: "test.branch", entityType: "Test", prevHash: branchPoint.hash, hash: "e".repeat(64) } }),
    ).rejects.toThrow(/fork|Unique constraint failed/);
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
  });

  it("the command exits non-zero after a committed edit and after a committed delete, and lists the recorded override", async () => {
    const [, id] = await middleEntries();
    const original = await db.auditEvent.findFirstOrThrow({ where: { id } });
    const override = (tx: Tx) => tx.$executeRaw`SET LOCAL satupintu.audit_override = 'security test: committed tampering'`;
    try {
      await db.$transaction(async (tx) => {
        await override(tx);
        await tx.$executeRaw`UPDATE "AuditEvent" SET "action" = 'forged' WHERE "id" = ${id}`;
      });
      const edited = runAuditVerify();
      expect(edited.output).toContain(`entry ${id} was edited`);
      expect(edited.output).toContain("security test: committed tampering");
      expect(edited.status).toBe(1);

      await db.$transaction(async (tx) => {
        await override(tx);
        await tx.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${id}`;
      });
      const deleted = runAuditVerify();
      expect(deleted.output).toMatch(/were deleted/);
      expect(deleted.status).toBe(1);
    } finally {
      // Put the original row back so the rest of the run sees an intact chain.
      await db.$transaction(async (tx) => {
        await override(tx);
        await tx.$executeRaw`DELETE FROM "AuditEvent" WHERE "id" = ${id}`;
        await tx.auditEvent.create({ data: { ...original, data: original.data ?? undefined } });
      });
    }
    expect(runAuditVerify().status).toBe(0);
  }, 60_000);
});
