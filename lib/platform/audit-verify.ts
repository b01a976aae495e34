import "server-only";
import type { AuditEvent } from "@/lib/generated/prisma/client";
import { AUDIT_GENESIS_HASH, auditHash, PLATFORM_CHAIN, type AuditHashVersion } from "./audit";
import type { Db, Tx } from "./db";

/**
 * What breaks a chain first, walking each chain's entries in id order:
 * - edited: the row's content (or its stored hash) no longer matches its hash;
 * - deleted: the row links to an entry that no longer exists (deleted, or
 *   rewritten with a recomputed hash, which is the same thing to a reader);
 * - reordered: the row links to an entry that exists but is not the one
 *   before it (ids swapped or renumbered);
 * - head: the chain's recorded head (AuditChainHead, kept by the insert
 *   trigger) is not on the chain, which is how deleting the newest rows shows
 *   to anyone who has not also rewound that record (a database superuser);
 * - anchor: an id/hash pair noted earlier (e.g. the head printed by a previous
 *   run, or a published anchor) is gone or different, which catches even that.
 */
export type AuditChainBreak =
  | { kind: "edited"; eventId: bigint }
  | { kind: "deleted"; eventId: bigint; previousId: bigint | null }
  | { kind: "reordered"; eventId: bigint; previousId: bigint | null; linksToId: bigint }
  | { kind: "head"; chain: string; expectedHash: string | null }
  | { kind: "anchor"; eventId: bigint; expectedHash: string; foundHash: string | null };

/** A chain's newest entry: what an anchor records and a later check compares. */
export type AuditChainHead = { chain: string; id: bigint; hash: string };

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
  /** The newest entry of all chains (what a single --anchor notes), or null when empty or broken. */
  head: { id: bigint; hash: string } | null;
  /** Every chain's newest entry, sorted by chain; empty when a chain is broken. */
  heads: AuditChainHead[];
  firstBreak: AuditChainBreak | null;
  /** Overrides recorded by the database guard (migration audit_append_only): they explain, never excuse, a break. */
  overrides: AuditOverrideRecord[];
};

export type AuditAnchor = { id: bigint; hash: string };

const BATCH = 2000;

function isHashVersion(value: number, chain: string): value is AuditHashVersion {
  return value === 3 || value === 4 || ((value === 1 || value === 2) && chain === PLATFORM_CHAIN);
}

/** `headBreak`: the chain is intact but does not reach its recorded head; reported only when no chain has a break of its own. */
type ChainWalk = { checked: number; head: AuditChainHead | null; firstBreak: AuditChainBreak | null; headBreak?: AuditChainBreak };

/**
 * `recordedHead` is the chain's head as recorded before the walk began: the
 * walk must pass it (entries committed since then only extend the chain).
 */
async function walkChain(client: Db | Tx, chain: string, recordedHead: string | null, batchSize: number): Promise<ChainWalk> {
  let previous: AuditChainHead | null = null;
  let checked = 0;
  let passedRecordedHead = false;
  for (;;) {
    const after: bigint | null = previous?.id ?? null;
    const rows: AuditEvent[] = await client.auditEvent.findMany({
      where: after === null ? { chain } : { chain, id: { gt: after } },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (rows.length === 0) {
      // A chain whose first entry committed after the heads were read has no recorded head yet: ask again.
      const headMissing = recordedHead === null && (await client.auditChainHead.count({ where: { chain } })) === 0;
      if (!passedRecordedHead && (recordedHead !== null || headMissing)) {
        return { checked, head: null, firstBreak: null, headBreak: { kind: "head", chain, expectedHash: recordedHead } };
      }
      return { checked, head: previous, firstBreak: null };
    }
    for (const row of rows) {
      checked++;
      const recomputed = isHashVersion(row.hashVersion, chain)
        ? auditHash(
            row.prevHash,
            row.occurredAt,
            {
              agencyId: chain === PLATFORM_CHAIN ? null : chain,
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
      if (recomputed !== row.hash) return { checked, head: null, firstBreak: { kind: "edited", eventId: row.id } };
      const expectedPrev = previous?.hash ?? AUDIT_GENESIS_HASH;
      if (row.prevHash !== expectedPrev) {
        const linked = await client.auditEvent.findFirst({ where: { hash: row.prevHash }, select: { id: true } });
        const firstBreak: AuditChainBreak = linked
          ? { kind: "reordered", eventId: row.id, previousId: previous?.id ?? null, linksToId: linked.id }
          : { kind: "deleted", eventId: row.id, previousId: previous?.id ?? null };
        return { checked, head: null, firstBreak };
      }
      previous = { chain, id: row.id, hash: row.hash };
      if (row.hash === recordedHead) passedRecordedHead = true;
    }
  }
}

/** An anchored entry must still be there with the same hash (and in the same chain, when the anchor names one). */
async function anchorBreak(client: Db | Tx, anchor: AuditAnchor & { chain?: string }): Promise<AuditChainBreak | null> {
  const anchored = await client.auditEvent.findFirst({ where: { id: anchor.id }, select: { hash: true, chain: true } });
  const intact = anchored?.hash === anchor.hash && (anchor.chain === undefined || anchored.chain === anchor.chain);
  return intact ? null : { kind: "anchor", eventId: anchor.id, expectedHash: anchor.hash, foundHash: anchored?.hash ?? null };
}

/**
 * Walks every chain (an agency's, the platform's) and reports the first break.
 * `anchor` is a head noted earlier (id:hash); `anchors` are the heads of a
 * published anchor (lib/dashboard/audit-anchors.ts). A chain deleted or
 * rewritten and re-hashed after either was noted no longer holds it.
 */
export async function verifyAuditChain(
  client: Db | Tx,
  options: { anchor?: AuditAnchor; anchors?: AuditChainHead[]; batchSize?: number } = {},
): Promise<AuditVerification> {
  const batchSize = options.batchSize ?? BATCH;
  // The recorded heads first: whatever commits during the walk comes after them.
  const recordedHeads = new Map((await client.auditChainHead.findMany({ select: { chain: true, hash: true } })).map((head) => [head.chain, head.hash]));
  const withEntries = (await client.auditEvent.groupBy({ by: ["chain"], orderBy: { chain: "asc" } })).map((row) => row.chain);
  const chains = [...new Set([...withEntries, ...recordedHeads.keys()])].sort();
  let checked = 0;
  let firstBreak: AuditChainBreak | null = null;
  let headBreak: AuditChainBreak | null = null;
  const heads: AuditChainHead[] = [];
  for (const chain of chains) {
    const walked = await walkChain(client, chain, recordedHeads.get(chain) ?? null, batchSize);
    checked += walked.checked;
    if (walked.firstBreak) {
      firstBreak = walked.firstBreak;
      break;
    }
    headBreak ??= walked.headBreak ?? null;
    if (walked.head) heads.push(walked.head);
  }
  firstBreak ??= headBreak;
  for (const anchor of [...(options.anchor ? [options.anchor] : []), ...(options.anchors ?? [])]) {
    if (firstBreak) break;
    firstBreak = await anchorBreak(client, anchor);
  }

  const overrides = await client.auditOverride.findMany({
    orderBy: { id: "asc" },
    select: { id: true, occurredAt: true, dbUser: true, reason: true, operation: true, eventId: true },
  });
  const newest = heads.reduce<AuditChainHead | null>((latest, head) => (!latest || head.id > latest.id ? head : latest), null);
  return {
    checked,
    head: firstBreak || !newest ? null : { id: newest.id, hash: newest.hash },
    heads: firstBreak ? [] : heads,
    firstBreak,
    overrides,
  };
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
    case "head":
      return found.expectedHash === null
        ? `chain ${found.chain} has entries but no recorded head: its head record was deleted`
        : `chain ${found.chain} no longer reaches its recorded head ${found.expectedHash}: its newest entries were deleted or rewritten`;
    case "anchor":
      return found.foundHash === null
        ? `anchored entry ${found.eventId} no longer exists: the newest entries were deleted`
        : `anchored entry ${found.eventId} has hash ${found.foundHash}, expected ${found.expectedHash}`;
  }
}
