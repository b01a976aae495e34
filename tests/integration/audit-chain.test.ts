import { describe, expect, it } from "vitest";
import { AUDIT_GENESIS_HASH, auditHash, recordAudit, type AuditHashVersion } from "@/lib/platform/audit";
import { db } from "@/lib/platform/db";

describe("audit log hash chain", () => {
  it("links every entry to its predecessor, including entries written concurrently", async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        // Eight writers on a pool of four, queued behind one lock: on a busy machine
        // the default two-second wait for a connection is not enough.
        db.$transaction((tx) => recordAudit(tx, { action: "test.concurrent", entityType: "Test", entityId: String(i), data: { b: 2, a: i } }), {
          maxWait: 20_000,
        }),
      ),
    );
    const events = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(events[0]?.prevHash).toBe(AUDIT_GENESIS_HASH);
    for (let i = 1; i < events.length; i++) expect(events[i]!.prevHash).toBe(events[i - 1]!.hash);
    for (const event of events) {
      const recomputed = auditHash(
        event.prevHash,
        event.occurredAt,
        {
          actorId: event.actorId,
          actorRole: event.actorRole,
          action: event.action,
          entityType: event.entityType,
          entityId: event.entityId,
          ip: event.ip,
          userAgent: event.userAgent,
          data: (event.data ?? undefined) as Record<string, unknown> | undefined,
        },
        event.hashVersion as AuditHashVersion,
      );
      expect(recomputed).toBe(event.hash);
    }
  });
});
