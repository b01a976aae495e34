// Each pooled connection prepares a statement once and reuses it
// (lib/platform/statement-names.ts): PostgreSQL stops planning a short indexed
// read after its first runs, which is most of what such a read cost the server
// (issue 23). On the embedded database, whose connections share one session,
// the setting is off (scripts/lib/embedded-postgres.mjs).
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/platform/db";

const realServer = inject("realServer");

type Prepared = { statement: string; generic_plans: bigint; custom_plans: bigint };

describe.runIf(realServer)("prepared statements on a PostgreSQL server", () => {
  /** Runs `read` eight times in one transaction (one connection) and returns that connection's prepared statements. */
  async function preparedAfterEightRuns(read: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) => Promise<unknown>) {
    return db.$transaction(async (tx) => {
      for (let run = 0; run < 8; run++) await read(tx);
      return tx.$queryRaw<Prepared[]>`SELECT "statement", "generic_plans", "custom_plans" FROM pg_prepared_statements WHERE NOT "from_sql"`;
    });
  }
  const runs = (row: Prepared) => Number(row.generic_plans) + Number(row.custom_plans);

  it("runs a repeated indexed read, such as the session check, on a generic plan after its first runs: no parsing, no planning", async () => {
    const user = await db.user.findFirstOrThrow({ select: { id: true } });
    const prepared = await preparedAfterEightRuns((tx) => tx.$queryRaw`SELECT u."name", u."active" FROM "User" u WHERE u."id" = ${user.id}`);
    const reads = prepared.filter((row) => row.statement.includes('SELECT u."name", u."active" FROM "User" u'));
    expect(reads).toHaveLength(1);
    // Earlier tests may have run it on this connection too: at least these eight runs, the later ones unplanned.
    expect(runs(reads[0]!)).toBeGreaterThanOrEqual(8);
    expect(Number(reads[0]!.generic_plans)).toBeGreaterThan(0);
  });

  it("prepares a model read once on its connection and reuses it", async () => {
    const user = await db.user.findFirstOrThrow({ select: { id: true } });
    const prepared = await preparedAfterEightRuns((tx) => tx.user.findUnique({ where: { id: user.id }, select: { id: true, name: true } }));
    const lookups = prepared.filter((row) => /FROM "public"\."User"/.test(row.statement) && /"public"\."User"\."name"/.test(row.statement));
    expect(lookups).toHaveLength(1);
    // Prisma's model reads end in LIMIT and OFFSET parameters, for which a generic plan looks dearer, so PostgreSQL
    // plans each run; parsing and analysis are still done once.
    expect(runs(lookups[0]!)).toBeGreaterThanOrEqual(8);
  });

  it("leaves a statement's parameters to each run: the same prepared read answers for different rows", async () => {
    const users = await db.user.findMany({ select: { id: true, email: true }, take: 3, orderBy: { email: "asc" } });
    expect(users.length).toBeGreaterThan(1);
    for (let round = 0; round < 4; round++) {
      for (const user of users) {
        const found = await db.user.findUnique({ where: { id: user.id }, select: { email: true } });
        expect(found?.email).toBe(user.email);
      }
    }
  });
});
