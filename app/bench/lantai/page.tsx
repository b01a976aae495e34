import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/layout/page-heading";
import { requireUser } from "@/lib/auth/page-guards";
import { benchFloorReading, benchFloorServed } from "@/lib/platform/bench-floor";

export const metadata: Metadata = { title: "Bench floor", robots: { index: false } };

/** The benchmark's floor (lib/platform/bench-floor.ts): not found unless SATUPINTU_BENCH_FLOOR=on. */
export default async function BenchFloorPage() {
  if (!benchFloorServed()) notFound();
  const actor = await requireUser("/bench/lantai");
  const reading = await benchFloorReading(actor.id);
  return (
    <div>
      <PageHeading title="Bench floor" />
      <p>{reading?.name}</p>
    </div>
  );
}
