import "server-only";
import type { AuditEvent } from "@/lib/generated/prisma/client";
import { AUDIT_GENESIS_HASH, auditHash, type AuditHashVersion } from "./audit";
import type { Db, Tx } from "./db";

/**
 * What breaks the chain first, walking entries in id order:
 * - edited: the row's content (or its stored hash) no longer matches its hash;
 * - deleted: the row links to an entry that no longer exists (deleted, or
 *   rewritten with a recomputed hash, which is the same thing to a reader);
 * - reordered: the row links to an entry that exists but is not the one
 *   before it (ids swapped or renumbered);
 * - anchor: an id/hash pair noted earlier (e.g. the head printed by a previous
 *   run) is gone or different, which is how deleting the newest rows shows.
 */
export type AuditChainBreak =
  | { kind: "edited"; eventId: bigint }
  | { kind: "deleted"; eventId: bigint; previousId: bigint | null }
  | { kind: "reordered"; eventId: bigint; previousId: bigint | null; linksToId: bigint }
  | { kind: "anchor"; eventId: bigint; expectedHash: string; foundHash: string | null };

export type AuditOverrideRecord = {
  id: bigint;
  occurredAt: Date;
  dbUser: string;
  reason: string;
  operation: string;
  eventId: bigint | null;
};

export type AuditVerification = {
  checked: number;
  head: { id: bigint; hash: string } | null;
  firstBreak: AuditChainBreak | null;
  /** Overrides recorded by the database guard (migration audit_append_only): they explain, never excuse, a break. */
  overrides: AuditOverrideRecord[];
};

export type AuditAnchor = { id: bigint; hash: string };

const BATCH = 2000;

function isHashVersion(value: number): value is AuditHashVersion {
  return value === 1 || value === 2;
}

export async function verifyAuditChain(client: Db | Tx, options: { anchor?: AuditAnchor; batchSize?: number } = {}): Promise<AuditVerification> {
  const batchSize = options.batchSize ?? BATCH;
  let previous: { id: bigint; hash: string } | null = null;
  let checked = 0;
  let firstBreak: AuditChainBreak | null = null;

  walk: for (;;) {
    const after: bigint | null = previous?.id ?? null;
    const rows: AuditEvent[] = await client.auditEvent.findMany({
      where: after === null ? {} : { id: { gt: after } },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (rows.length === 0) break;
    for (const row of rows) {
      checked++;
      const recomputed = isHashVersion(row.hashVersion)
        ? auditHash(
            row.prevHash,
            row.occurredAt,
            {
              actorId: row.actorId,
              actorRole: row.actorRole,
              action: row.action,
              entityType: row.entityType,
              entityId: row.entityId,
              ip: row.ip,
              userAgent: row.userAgent,
              data: (row.data ?? undefined) as Record<string, unknown> | undefined,
            },
            row.hashVersion,
          )
        : null;
      if (recomputed !== row.hash) {
        firstBreak = { kind: "edited", eventId: row.id };
        break walk;
      }
      const expectedPrev = previous?.hash ?? AUDIT_GENESIS_HASH;
      if (row.prevHash !== expectedPrev) {
        const linked = await client.auditEvent.findUnique({ where: { hash: row.prevHash }, select: { id: true } });
        firstBreak = linked
          ? { kind: "reordered", eventId: row.id, previousId: previous?.id ?? null, linksToId: linked.id }
          : { kind: "deleted", eventId: row.id, previousId: previous?.id ?? null };
        break walk;
      }
      previous = { id: row.id, hash: row.hash };
    }
  }

  if (!firstBreak && options.anchor) {
    const anchored = await client.auditEvent.findUnique({ where: { id: options.anchor.id }, select: { hash: true } });
    if (anchored?.hash !== options.anchor.hash) {
      firstBreak = {
        kind: "anchor",
        eventId: options.anchor.id,
        expectedHash: options.anchor.hash,
        foundHash: anchored?.hash ?? null,
      };
    }
  }

  const overrides = await client.auditOverride.findMany({
    orderBy: { id: "asc" },
    select: { id: true, occurredAt: true, dbUser: true, reason: true, operation: true, eventId: true },
  });
  return { checked, head: firstBreak ? null : previous, firstBreak, overrides };
}

/** One line an operator can act on. */
export function describeAuditBreak(found: AuditChainBreak): string {
  switch (found.kind) {
    case "edited":
      return `entry ${found.eventId} was edited: its content no longer matches its hash`;
    case "deleted":
      return found.previousId === null
        ? `entries before ${found.eventId} were deleted: the first entry does not start the chain`
        : `entries between ${found.previousId} and ${found.eventId} were deleted (or ${found.previousId} was rewritten with a new hash): ${found.eventId} links to an entry that no longer exists`;
    case "reordered":
      return `entry ${found.eventId} is out of order: it follows entry ${found.linksToId}, not ${found.previousId ?? "the start of the chain"}`;
    case "anchor":
      return found.foundHash === null
        ? `anchored entry ${found.eventId} no longer exists: the newest entries were deleted`
        : `anchored entry ${found.eventId} has hash ${found.foundHash}, expected ${found.expectedHash}`;
  }
}
