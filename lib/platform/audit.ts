import "server-only";
import { createHash } from "node:crypto";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Db, Tx } from "./db";
import { sqlEnum, sqlJson, sqlUtc } from "./sql-values";

export type AuditEntry = {
  /** The agency the event belongs to: its entry extends that agency's chain. None: the platform's chain. */
  agencyId?: string | null;
  actorId?: string | null;
  actorRole?: Role | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  data?: Record<string, unknown>;
};

export const AUDIT_GENESIS_HASH = "0".repeat(64);

/** The chain of events that belong to no agency (accounts, the catalog's admin, holidays), and of every entry before chains were split. */
export const PLATFORM_CHAIN = "platform";

/**
 * Version 1 (entries written before the append-only migration) left out the
 * user agent; version 2 covers every column; version 3 adds the chain, so an
 * entry cannot be moved to another chain unnoticed. Version 4 covers what
 * version 3 does, in two steps: a digest of the entry's content, which the
 * portal computes, and the link, sha256(prevHash || digest), which the insert
 * trigger computes under the chain's lock (migration audit_linked_in_database),
 * so a writer no longer reads the head first. The version is part of what
 * versions 2 to 4 hash, so downgrading a row's version to skip a field is
 * detected. Versions 1 and 2 exist only on the platform chain.
 */
export const AUDIT_HASH_VERSION = 4;
export type AuditHashVersion = 1 | 2 | 3 | 4;

export function auditChainOf(entry: Pick<AuditEntry, "agencyId">): string {
  return entry.agencyId ?? PLATFORM_CHAIN;
}

/** The hash of an entry covers its content, its chain and its predecessor's hash (DESIGN.md §9). */
export function auditHash(prevHash: string, occurredAt: Date, entry: AuditEntry, version: AuditHashVersion = AUDIT_HASH_VERSION): string {
  if (version === 4) return sha256Hex(prevHash + auditContentDigest(occurredAt, entry));
  const fields = [prevHash, ...contentFields(occurredAt, entry)];
  const canonical = JSON.stringify(
    version === 1 ? fields : version === 2 ? [2, ...fields, entry.userAgent ?? null] : [3, auditChainOf(entry), ...fields, entry.userAgent ?? null],
  );
  return sha256Hex(canonical);
}

/** Version 4's first step: everything version 3 covers but the predecessor's hash, which the database links it to. */
export function auditContentDigest(occurredAt: Date, entry: AuditEntry): string {
  return sha256Hex(JSON.stringify([4, auditChainOf(entry), ...contentFields(occurredAt, entry), entry.userAgent ?? null]));
}

const sha256Hex = (text: string) => createHash("sha256").update(text).digest("hex");

function contentFields(occurredAt: Date, entry: AuditEntry): unknown[] {
  return [
    occurredAt.toISOString(),
    entry.actorId ?? null,
    entry.actorRole ?? null,
    entry.action,
    entry.entityType,
    entry.entityId ?? null,
    entry.ip ?? null,
    sortKeys(entry.data ?? null),
  ];
}

/** jsonb does not keep key order: hash a key-sorted copy so the stored row re-hashes the same. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

/**
 * Appends to the entry's chain (its agency's, or the platform's) inside the
 * caller's transaction, in one statement. The insert trigger takes a
 * transaction-level advisory lock per chain, which serialises that chain's
 * writers so two entries never claim the same predecessor while other
 * agencies' writers go on in parallel, and links the entry to the chain's
 * recorded head ("AuditChainHead"): see AUDIT_HASH_VERSION. The table refuses
 * UPDATE and DELETE (migration audit_append_only) and is partitioned by month
 * (migration audit_partitioned_by_month).
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const occurredAt = new Date();
  // A plain INSERT: through Prisma's createMany the same row cost several times the CPU, on every audited write.
  // The trigger replaces prevHash and hash: the chain's head, and the link of this digest to it.
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" ("occurredAt", "chain", "actorId", "actorRole", "action", "entityType", "entityId", "ip", "userAgent", "data",
                              "prevHash", "hashVersion", "hash")
    VALUES (${sqlUtc(occurredAt)}, ${auditChainOf(entry)}, ${entry.actorId ?? null}, ${sqlEnum(entry.actorRole ?? null, "Role")}, ${entry.action},
            ${entry.entityType}, ${entry.entityId ?? null}, ${entry.ip ?? null}, ${entry.userAgent ?? null}, ${sqlJson(entry.data)},
            '', ${AUDIT_HASH_VERSION}::smallint, ${auditContentDigest(occurredAt, entry)})`;
}

/**
 * Takes the chain's lock ahead of recordAudit (which takes it again: advisory
 * locks nest within a session), for a caller whose "already recorded?" check
 * must hold until its entry commits.
 */
export async function lockAuditChain(tx: Tx, agencyId: string | null | undefined): Promise<void> {
  await tx.$queryRaw`SELECT audit_chain_head(${auditChainOf({ agencyId })})`;
}

/** Months of audit partitions kept ready ahead of today, so an entry never lands in the default partition. */
export const AUDIT_PARTITIONS_AHEAD_MONTHS = 3;

/**
 * Creates the audit log's monthly partitions from `from`'s month to a few
 * months ahead (idempotent; the database function runs as the tables' owner).
 * The daily history job calls it, and so does whatever writes entries dated
 * in the past (the demo history). Returns how many partitions it created.
 */
export async function ensureAuditPartitions(client: Db | Tx, from: Date = new Date()): Promise<number> {
  const [row] = await client.$queryRaw<{ created: number }[]>`
    SELECT audit_event_ensure_partitions((${sqlUtc(from)}), ${AUDIT_PARTITIONS_AHEAD_MONTHS}::integer) AS "created"`;
  return row?.created ?? 0;
}
