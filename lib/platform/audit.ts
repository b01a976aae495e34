import "server-only";
import { createHash } from "node:crypto";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Tx } from "./db";

export type AuditEntry = {
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

/**
 * Version 1 (entries written before the append-only migration) left out the
 * user agent; version 2 covers every column. The version is part of what
 * version 2 hashes, so downgrading a row's version to skip a field is detected.
 */
export const AUDIT_HASH_VERSION = 2;
export type AuditHashVersion = 1 | 2;

/** The hash of an entry covers its content and its predecessor's hash (DESIGN.md §9). */
export function auditHash(prevHash: string, occurredAt: Date, entry: AuditEntry, version: AuditHashVersion = AUDIT_HASH_VERSION): string {
  const fields = [
    prevHash,
    occurredAt.toISOString(),
    entry.actorId ?? null,
    entry.actorRole ?? null,
    entry.action,
    entry.entityType,
    entry.entityId ?? null,
    entry.ip ?? null,
    sortKeys(entry.data ?? null),
  ];
  const canonical = JSON.stringify(version === 1 ? fields : [2, ...fields, entry.userAgent ?? null]);
  return createHash("sha256").update(canonical).digest("hex");
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
 * Appends to the hash chain inside the caller's transaction. A transaction-level
 * advisory lock serialises writers so two entries never claim the same
 * predecessor; the unique index on prevHash makes a fork impossible even for a
 * writer that skipped the lock or read an old snapshot (it fails instead).
 * The table refuses UPDATE and DELETE (migration audit_append_only).
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  // audit_chain_head() (migration audit_chain_head): pg_advisory_xact_lock(7226001), then the newest entry's hash.
  const [head] = await tx.$queryRaw<{ hash: string | null }[]>`SELECT audit_chain_head() AS "hash"`;
  const prevHash = head?.hash ?? AUDIT_GENESIS_HASH;
  const occurredAt = new Date();
  await tx.auditEvent.create({
    data: {
      occurredAt,
      actorId: entry.actorId ?? null,
      actorRole: entry.actorRole ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      ip: entry.ip ?? null,
      userAgent: entry.userAgent ?? null,
      data: (entry.data ?? undefined) as object | undefined,
      prevHash,
      hashVersion: AUDIT_HASH_VERSION,
      hash: auditHash(prevHash, occurredAt, entry, AUDIT_HASH_VERSION),
    },
  });
}
