import "server-only";
import { signStatement } from "@/lib/outputs/signing";
import type { AuditChainHead } from "@/lib/platform/audit-verify";
import { db } from "@/lib/platform/db";
import { anchorDigest, anchoredHeads } from "../audit-anchors";

/** Each chain's newest entry, read in one pass over the (chain, id) index. */
async function currentHeads(): Promise<AuditChainHead[]> {
  return db.$queryRaw<AuditChainHead[]>`SELECT DISTINCT ON ("chain") "chain", "id", "hash" FROM "AuditEvent" ORDER BY "chain", "id" DESC`;
}

/**
 * Signs and stores the current heads of every audit chain (the recurring job
 * in lib/dashboard/jobs.ts; operators may run it at will). Nothing new since
 * the last anchor: no new anchor. Internal: no actor, it publishes what is
 * already tamper-evident.
 */
export async function publishAuditAnchor(now = new Date()) {
  const heads = anchoredHeads(await currentHeads());
  if (heads.length === 0) return null;
  const digest = anchorDigest(heads);
  const latest = await db.auditAnchor.findFirst({ orderBy: { id: "desc" }, select: { digest: true } });
  if (latest?.digest === digest) return null;
  const { signature, keyId } = signStatement(Buffer.from(digest, "hex"));
  return db.auditAnchor.create({ data: { publishedAt: now, heads, digest, signature, keyId } });
}
