/**
 * The signed-in pages of issue 23 and the visitors who open them: a citizen,
 * an officer of the busiest agency, and a supervisor of every agency (the
 * largest dashboard). Shared by bench/signed-in-pages.bench.ts and
 * `tsx bench/lib/signed-in-cost.ts` (the per-request cost alone).
 */
export const VISITORS = {
  citizen: { email: "siti.rahayu@warga.test", secondFactor: false },
  officer: { email: "petugas.disdukcapil@harapanjaya.go.id", secondFactor: false },
  supervisor: { email: "supervisor@harapanjaya.go.id", secondFactor: true },
} as const;

export type Visitor = keyof typeof VISITORS;

/** The floor: the same root layout, signed in, and one indexed query (app/bench/lantai, on only with SATUPINTU_BENCH_FLOOR=on). */
export const FLOOR_PATH = "/bench/lantai";

export const SIGNED_IN_PAGES: { label: string; path: string; visitor: Visitor }[] = [
  { label: "citizen: /permohonan", path: "/permohonan", visitor: "citizen" },
  { label: "citizen: /akun", path: "/akun", visitor: "citizen" },
  { label: "officer: /petugas/permohonan", path: "/petugas/permohonan", visitor: "officer" },
  { label: "supervisor: /petugas/dasbor", path: "/petugas/dasbor", visitor: "supervisor" },
];
