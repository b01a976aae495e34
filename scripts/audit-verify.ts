/**
 * `npm run audit:verify [-- --anchor <id>:<hash>] [-- --anchors <file>]`: walks
 * every audit chain (one per agency, and the platform's; DESIGN.md §9) and
 * reports the first broken link: an edited, deleted or reordered entry. Exit 0
 * when every chain holds, 1 when one is broken, 2 when it could not be checked.
 *
 * A chain cannot show that its newest entries were deleted, nor that someone
 * with the database's keys rewrote it and re-hashed it end to end. Anchors can:
 * --anchor takes a head this printed earlier (id:hash); --anchors takes a file
 * saved from /api/audit/jangkar (the portal's signed, published anchors), whose
 * signatures are checked too.
 *
 * Target: DATABASE_URL (required).
 */
import { randomBytes } from "node:crypto";

// The app modules insist on a secret; verification does not depend on its value.
process.env.AUTH_SECRET ||= randomBytes(32).toString("base64url");

function parseAnchor(argv: string[]) {
  const index = argv.indexOf("--anchor");
  if (index < 0) return undefined;
  const match = /^(\d+):([0-9a-f]{64})$/.exec(argv[index + 1] ?? "");
  if (!match) throw new Error("--anchor takes <id>:<64 hex digits>, as printed by a previous run");
  return { id: BigInt(match[1]!), hash: match[2]! };
}

/** The heads of every anchor in a file saved from /api/audit/jangkar, each checked against its digest and signature. */
async function publishedAnchorHeads(argv: string[]) {
  const index = argv.indexOf("--anchors");
  if (index < 0) return [];
  const file = argv[index + 1];
  if (!file) throw new Error("--anchors takes the path of a file saved from /api/audit/jangkar");
  const { readFileSync } = await import("node:fs");
  const { anchorDigest, headsFromPublished } = await import("@/lib/dashboard/audit-anchors");
  const { verifyStatement } = await import("@/lib/outputs/signing");
  const published = JSON.parse(readFileSync(file, "utf8")) as { anchors?: { id: string; digest: string; signature: string; keyId: string; heads: unknown }[] };
  const heads = [];
  for (const anchor of published.anchors ?? []) {
    const anchorHeads = headsFromPublished(anchor.heads);
    if (!anchorHeads) throw new Error(`anchor ${anchor.id}: its heads are not a list of chain heads`);
    const digest = anchorDigest(anchorHeads.map((head) => ({ chain: head.chain, id: head.id.toString(), hash: head.hash })));
    if (digest !== anchor.digest || !verifyStatement(Buffer.from(digest, "hex"), anchor.signature, anchor.keyId)) {
      throw new Error(`anchor ${anchor.id}: its digest or signature does not match (not signed by this portal's key)`);
    }
    heads.push(...anchorHeads);
  }
  return heads;
}

async function main(): Promise<number> {
  if (!process.env.DATABASE_URL) {
    console.error("audit:verify: set DATABASE_URL to the database to check");
    return 2;
  }
  const { db } = await import("@/lib/platform/db");
  const { describeAuditBreak, verifyAuditChain } = await import("@/lib/platform/audit-verify");
  try {
    const argv = process.argv.slice(2);
    const anchors = await publishedAnchorHeads(argv);
    const result = await verifyAuditChain(db, { anchor: parseAnchor(argv), anchors });
    for (const o of result.overrides) {
      console.log(
        `override ${o.id} at ${o.occurredAt.toISOString()} by ${o.dbUser}: ${o.operation}` +
          `${o.eventId === null ? "" : ` of entry ${o.eventId}`}: ${o.reason}`,
      );
    }
    if (result.firstBreak) {
      console.error(`audit:verify: BROKEN after ${result.checked} entries: ${describeAuditBreak(result.firstBreak)}`);
      return 1;
    }
    const head = result.head ? `${result.head.id}:${result.head.hash}` : "(empty)";
    for (const chainHead of result.heads) console.log(`chain ${chainHead.chain}: head ${chainHead.id}:${chainHead.hash}`);
    const anchored = anchors.length ? `; ${anchors.length} anchored heads hold` : "";
    console.log(`audit:verify: OK, ${result.checked} entries in ${result.heads.length} chains${anchored}; head ${head}`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("audit:verify:", error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
