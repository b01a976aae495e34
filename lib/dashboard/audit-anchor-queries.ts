import "server-only";
import { db } from "@/lib/platform/db";
import type { AnchoredHead } from "./audit-anchors";

export type PublishedAnchor = { id: string; publishedAt: string; digest: string; signature: string; keyId: string; heads: AnchoredHead[] };

/** The newest anchors first, as /transparansi and the open-data file publish them. */
export async function listAuditAnchors(limit = 100): Promise<PublishedAnchor[]> {
  const rows = await db.auditAnchor.findMany({ orderBy: { id: "desc" }, take: limit });
  return rows.map((row) => ({
    id: row.id.toString(),
    publishedAt: row.publishedAt.toISOString(),
    digest: row.digest,
    signature: row.signature,
    keyId: row.keyId,
    heads: row.heads as AnchoredHead[],
  }));
}
