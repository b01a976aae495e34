import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { itOnRealServer } from "@/tests/fixtures/real-server";
import { anchorDigest } from "@/lib/dashboard/audit-anchors";
import { listAuditAnchors } from "@/lib/dashboard/audit-anchor-queries";
import { publishAuditAnchor } from "@/lib/dashboard/use-cases/publish-audit-anchor";
import { verifyStatement } from "@/lib/outputs/signing";
import { AUDIT_GENESIS_HASH, auditHash, recordAudit, type AuditEntry, type AuditHashVersion } from "@/lib/platform/audit";
import { verifyAuditChain } from "@/lib/platform/audit-verify";
import { db } from "@/lib/platform/db";
import { ownerDb } from "@/tests/fixtures/owner-db";

const record = (entry: AuditEntry) => db.$transaction((tx) => recordAudit(tx, entry), { maxWait: 20_000 });

async function chainEntries(chain: string) {
  return db.auditEvent.findMany({ where: { chain }, orderBy: { id: "asc" } });
}

describe("audit log: one hash chain per agency (issue 23)", () => {
  it("links every entry to its predecessor in its own agency's chain, including entries written concurrently", async () => {
    const [agencyA, agencyB] = [`test-${randomUUID()}`, `test-${randomUUID()}`];
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        record({ agencyId: i % 2 ? agencyA : agencyB, action: "test.concurrent", entityType: "Test", entityId: String(i), data: { b: 2, a: i } }),
      ),
    );
    for (const chain of [agencyA, agencyB]) {
      const events = await chainEntries(chain);
      expect(events).toHaveLength(4);
      expect(events[0]?.prevHash).toBe(AUDIT_GENESIS_HASH);
      for (let i = 1; i < events.length; i++) expect(events[i]!.prevHash).toBe(events[i - 1]!.hash);
      for (const event of events) {
        const entry = { ...event, agencyId: chain, data: (event.data ?? undefined) as Record<string, unknown> | undefined };
        expect(auditHash(event.prevHash, event.occurredAt, entry, event.hashVersion as AuditHashVersion)).toBe(event.hash);
      }
    }
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
  });

  // Holding one chain's lock while another agency writes needs two database sessions: the embedded database has one.
  itOnRealServer("lets another agency's audited write commit while one agency's chain is locked, and makes that agency's next writer wait", async () => {
    const [busy, other] = [`test-${randomUUID()}`, `test-${randomUUID()}`];
    let releaseBusy!: () => void;
    const held = new Promise<void>((resolve) => (releaseBusy = resolve));
    let lockTaken!: () => void;
    const taken = new Promise<void>((resolve) => (lockTaken = resolve));
    const slow = db.$transaction(
      async (tx) => {
        await recordAudit(tx, { agencyId: busy, action: "test.slow", entityType: "Test" });
        lockTaken();
        await held;
      },
      { timeout: 30_000 },
    );
    await taken;
    let queuedDone = false;
    const queued = record({ agencyId: busy, action: "test.queued", entityType: "Test" }).then(() => (queuedDone = true));
    // The other agency's write commits while the busy chain's lock is held...
    await record({ agencyId: other, action: "test.parallel", entityType: "Test" });
    expect(await chainEntries(other)).toHaveLength(1);
    // ...and the busy agency's second writer is still waiting for the first.
    expect(queuedDone).toBe(false);
    releaseBusy();
    await slow;
    await queued;
    const busyChain = await chainEntries(busy);
    expect(busyChain.map((event) => event.action)).toEqual(["test.slow", "test.queued"]);
    expect(busyChain[1]!.prevHash).toBe(busyChain[0]!.hash);
  });

  it("catches an entry moved to another chain: the chain is part of what is hashed", async () => {
    const [from, to] = [`test-${randomUUID()}`, `test-${randomUUID()}`];
    await record({ agencyId: from, action: "test.move", entityType: "Test" });
    const [moved] = await chainEntries(from);
    const owner = ownerDb();
    await owner
      .$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL satupintu.audit_override = 'security test: moving an entry on purpose'`;
        await tx.$executeRaw`UPDATE "AuditEvent" SET "chain" = ${to} WHERE "id" = ${moved!.id}`;
        expect((await verifyAuditChain(tx)).firstBreak).toEqual({ kind: "edited", eventId: moved!.id });
        throw new Error("rollback");
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error) || error.message !== "rollback") throw error;
      });
  });
});

describe("published audit anchors (issue 23)", () => {
  it("signs every chain's head, and a chain rewritten and re-hashed end to end is caught by the anchor, not by the chain alone", async () => {
    const chain = `test-${randomUUID()}`;
    for (let i = 0; i < 3; i++) await record({ agencyId: chain, action: "test.anchored", entityType: "Test", entityId: `e${i}`, data: { i } });
    await publishAuditAnchor();
    const [latest] = await listAuditAnchors(1);
    expect(latest).toBeDefined();
    const anchoredHead = latest!.heads.find((head) => head.chain === chain);
    const entries = await chainEntries(chain);
    expect(anchoredHead).toEqual({ chain, id: entries[2]!.id.toString(), hash: entries[2]!.hash });
    expect(anchorDigest(latest!.heads)).toBe(latest!.digest);
    expect(verifyStatement(Buffer.from(latest!.digest, "hex"), latest!.signature, latest!.keyId)).toBe(true);
    expect(
      verifyStatement(
        Buffer.from(
          latest!.digest.replace(/^./, (c) => (c === "0" ? "1" : "0")),
          "hex",
        ),
        latest!.signature,
        latest!.keyId,
      ),
    ).toBe(false);
    // Nothing new: no second anchor for the same heads.
    expect(await publishAuditAnchor()).toBeNull();

    // A database superuser edits the first entry and re-hashes the rest of the chain.
    const owner = ownerDb();
    const anchors = latest!.heads.map((head) => ({ chain: head.chain, id: BigInt(head.id), hash: head.hash }));
    await owner
      .$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL satupintu.audit_override = 'security test: rewriting a chain on purpose'`;
        let prevHash = AUDIT_GENESIS_HASH;
        for (const [index, event] of entries.entries()) {
          const data = index === 0 ? { i: 0, forged: true } : (event.data as Record<string, unknown>);
          const hash = auditHash(prevHash, event.occurredAt, { ...event, agencyId: chain, data }, event.hashVersion as AuditHashVersion);
          await tx.$executeRaw`UPDATE "AuditEvent" SET "data" = ${JSON.stringify(data)}::jsonb, "prevHash" = ${prevHash}, "hash" = ${hash} WHERE "id" = ${event.id}`;
          prevHash = hash;
        }
        // Re-hashed, the chain no longer reaches its recorded head...
        expect((await verifyAuditChain(tx)).firstBreak).toEqual({ kind: "head", chain, expectedHash: entries[2]!.hash });
        // ...until the superuser rewrites that record as well: then the chain alone cannot tell.
        await tx.$executeRaw`UPDATE "AuditChainHead" SET "hash" = ${prevHash} WHERE "chain" = ${chain}`;
        expect((await verifyAuditChain(tx)).firstBreak).toBeNull();
        expect((await verifyAuditChain(tx, { anchors })).firstBreak).toMatchObject({ kind: "anchor", eventId: entries[2]!.id, expectedHash: entries[2]!.hash });
        throw new Error("rollback");
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error) || error.message !== "rollback") throw error;
      });
  });

  it("audit:verify checks a saved anchor file: its signatures, and every anchored head", async () => {
    await record({ action: "test.cli", entityType: "Test" });
    await publishAuditAnchor();
    const anchors = await listAuditAnchors(5);
    const dir = mkdtempSync(path.join(tmpdir(), "anchors-"));
    const good = path.join(dir, "good.json");
    writeFileSync(good, JSON.stringify({ anchors }));
    const forged = path.join(dir, "forged.json");
    writeFileSync(forged, JSON.stringify({ anchors: [{ ...anchors[0]!, heads: [{ ...anchors[0]!.heads[0]!, hash: "f".repeat(64) }] }] }));
    const run = (file: string) =>
      spawnSync("npx", ["--no-install", "tsx", "--conditions=react-server", "scripts/audit-verify.ts", "--anchors", file], {
        env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
        encoding: "utf8",
      });
    const ok = run(good);
    expect(`${ok.stdout}${ok.stderr}`).toMatch(/audit:verify: OK, \d+ entries in \d+ chains; \d+ anchored heads hold/);
    expect(ok.status).toBe(0);
    const refused = run(forged);
    expect(`${refused.stdout}${refused.stderr}`).toContain("does not match");
    expect(refused.status).toBe(2);
  }, 60_000);
});
