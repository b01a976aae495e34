/**
 * `npm run audit:verify [-- --anchor <id>:<hash>]`: walks the audit log's hash
 * chain (DESIGN.md §9) and reports the first broken link: an edited, deleted
 * or reordered entry. Exit 0 when the chain holds, 1 when it is broken, 2 when
 * it could not be checked.
 *
 * The chain cannot show that its newest entries were deleted: note the head
 * this prints (id:hash) somewhere else, and pass it back as --anchor later.
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

async function main(): Promise<number> {
  if (!process.env.DATABASE_URL) {
    console.error("audit:verify: set DATABASE_URL to the database to check");
    return 2;
  }
  const { db } = await import("@/lib/platform/db");
  const { describeAuditBreak, verifyAuditChain } = await import("@/lib/platform/audit-verify");
  try {
    const result = await verifyAuditChain(db, { anchor: parseAnchor(process.argv.slice(2)) });
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
    console.log(`audit:verify: OK, ${result.checked} entries; head ${head}`);
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
