/**
 * The signed-in pages of issue 23 and the visitors who open them: a citizen
 * with a profile (/akun), the demo history's busiest citizen (/permohonan,
 * a list of many applications rather than an empty one), an officer of the
 * busiest agency, and a supervisor of every agency (the largest dashboard).
 * Shared by bench/signed-in-pages.bench.ts and bench/lib/signed-in-cost.ts.
 */
import pg from "pg";

export const VISITORS = {
  citizen: { email: "siti.rahayu@warga.test", secondFactor: false },
  busyCitizen: { email: "", secondFactor: false },
  officer: { email: "petugas.disdukcapil@harapanjaya.go.id", secondFactor: false },
  supervisor: { email: "supervisor@harapanjaya.go.id", secondFactor: true },
} as const;

export type Visitor = keyof typeof VISITORS;

/** The visitors' addresses on this database: the busiest citizen is whoever has filed the most applications. */
export async function visitorEmails(databaseUrl: string): Promise<Record<Visitor, string>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string }>(
      `SELECT u."email" FROM "Application" a JOIN "User" u ON u."id" = a."citizenId" WHERE u."active" GROUP BY u."email" ORDER BY count(*) DESC, u."email" LIMIT 1`,
    );
    return {
      ...Object.fromEntries(Object.entries(VISITORS).map(([visitor, { email }]) => [visitor, email])),
      busyCitizen: rows[0]?.email ?? VISITORS.citizen.email,
    } as Record<Visitor, string>;
  } finally {
    await client.end();
  }
}

/** The floor: the same root layout, signed in, and one indexed query (app/bench/lantai, on only with SATUPINTU_BENCH_FLOOR=on). */
export const FLOOR_PATH = "/bench/lantai";

export const SIGNED_IN_PAGES: { label: string; path: string; visitor: Visitor }[] = [
  { label: "citizen: /permohonan", path: "/permohonan", visitor: "busyCitizen" },
  { label: "citizen: /akun", path: "/akun", visitor: "citizen" },
  { label: "officer: /petugas/permohonan", path: "/petugas/permohonan", visitor: "officer" },
  { label: "supervisor: /petugas/dasbor", path: "/petugas/dasbor", visitor: "supervisor" },
];
