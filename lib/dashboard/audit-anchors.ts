import { createHash } from "node:crypto";
import type { AuditChainHead } from "@/lib/platform/audit-verify";

/**
 * An audit anchor (issue 23): each chain's newest entry at one moment, hashed
 * and signed by the portal, and published as open data. The chains live in the
 * portal's own database, so a superuser could rewrite one and re-hash it end to
 * end: it would verify again on its own. Anyone who kept an earlier anchor still
 * catches it, because the anchored entry of that chain no longer has the
 * anchored hash (`npm run audit:verify -- --anchors <file>`).
 */

/** What an anchor stores and publishes per chain: ids as strings, JSON has no 64-bit integers. */
export type AnchoredHead = { chain: string; id: string; hash: string };

export function anchoredHeads(heads: readonly AuditChainHead[]): AnchoredHead[] {
  return heads
    .map((head) => ({ chain: head.chain, id: head.id.toString(), hash: head.hash }))
    .sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0));
}

/** The bytes the signature covers: the SHA-256 (hex) of the heads' canonical JSON, sorted by chain. */
export function anchorDigest(heads: readonly AnchoredHead[]): string {
  const canonical = JSON.stringify([...heads].sort((a, b) => (a.chain < b.chain ? -1 : 1)).map((head) => [head.chain, head.id, head.hash]));
  return createHash("sha256").update(canonical).digest("hex");
}

/** Back from the published form to what verifyAuditChain compares; null when the file is not an anchor list. */
export function headsFromPublished(value: unknown): AuditChainHead[] | null {
  if (!Array.isArray(value)) return null;
  const heads: AuditChainHead[] = [];
  for (const item of value) {
    const head = item as Partial<AnchoredHead> | null;
    if (!head || typeof head.chain !== "string" || typeof head.hash !== "string" || !/^[0-9a-f]{64}$/.test(head.hash)) return null;
    if (typeof head.id !== "string" || !/^\d+$/.test(head.id)) return null;
    heads.push({ chain: head.chain, id: BigInt(head.id), hash: head.hash });
  }
  return heads;
}
