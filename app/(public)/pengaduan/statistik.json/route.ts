import { publicComplaintStatistics, statisticsPeriod, statisticsPeriodSchema } from "@/lib/dashboard/complaint-statistics";

export const dynamic = "force-dynamic";

/** Open data: the complaint statistics per agency as JSON (no personal data, no complaint text). */
export async function GET(request: Request) {
  const search = new URL(request.url).searchParams;
  const period = statisticsPeriod(statisticsPeriodSchema.parse({ dari: search.get("dari") ?? undefined, sampai: search.get("sampai") ?? undefined }));
  const rows = await publicComplaintStatistics(period);
  return Response.json(
    { period: { from: period.from, to: period.to, timeZone: "Asia/Jakarta" }, agencies: rows },
    { headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300" } },
  );
}
