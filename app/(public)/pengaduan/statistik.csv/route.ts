import { publicComplaintStatistics, statisticsCsv, statisticsPeriod, statisticsPeriodSchema } from "@/lib/dashboard/complaint-statistics";
import { contentDisposition } from "@/lib/platform/http";

export const dynamic = "force-dynamic";

/** Open data: the complaint statistics per agency as CSV (no personal data, no complaint text). */
export async function GET(request: Request) {
  const search = new URL(request.url).searchParams;
  const period = statisticsPeriod(statisticsPeriodSchema.parse({ dari: search.get("dari") ?? undefined, sampai: search.get("sampai") ?? undefined }));
  const csv = statisticsCsv(await publicComplaintStatistics(period));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(`statistik-pengaduan-${period.from}-${period.to}.csv`),
      "Cache-Control": "public, max-age=300",
    },
  });
}
